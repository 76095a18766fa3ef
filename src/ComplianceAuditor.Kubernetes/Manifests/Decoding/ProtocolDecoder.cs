using ComplianceAuditor.Engine.Ports;
using ComplianceAuditor.Kubernetes.Manifests.Nodes;

namespace ComplianceAuditor.Kubernetes.Manifests.Decoding;

/// <summary>Reads a <c>protocol</c> field: TCP (the default), UDP or SCTP, case-sensitive as in the API.</summary>
internal static class ProtocolDecoder
{
    // Container ports default an empty protocol to TCP (emptyIsDefault); NetworkPolicy ports reject it.
    public static Protocol Read(FieldReader reader, MappingNode map, FieldPath path, bool emptyIsDefault)
    {
        var text = reader.String(map, "protocol", path);
        switch (text)
        {
            case null:
                return Protocol.TCP;
            case "TCP":
                return Protocol.TCP;
            case "UDP":
                return Protocol.UDP;
            case "SCTP":
                return Protocol.SCTP;
            case "" when emptyIsDefault:
                return Protocol.TCP;
            default:
                reader.Error(FieldReader.Get(map, "protocol")!, path.Field("protocol"), $"unsupported protocol '{text}'; expected TCP, UDP or SCTP");
                return Protocol.TCP;
        }
    }
}
