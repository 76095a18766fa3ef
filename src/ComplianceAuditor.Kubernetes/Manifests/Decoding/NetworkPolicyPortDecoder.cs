using ComplianceAuditor.Engine.Model;
using ComplianceAuditor.Kubernetes.Manifests.Nodes;

namespace ComplianceAuditor.Kubernetes.Manifests.Decoding;

/// <summary>
/// Reads a NetworkPolicy <c>ports</c> entry. <c>port</c> is IntOrString: a number is a port number,
/// a string is a port name (so <c>"80"</c> is the name "80", which is not a valid name).
/// </summary>
internal static class NetworkPolicyPortDecoder
{
    private static readonly string[] PortFields = ["protocol", "port", "endPort"];

    public static NetworkPolicyPort Read(FieldReader reader, Node item, FieldPath path)
    {
        // A null entry is the zero value: TCP, every port.
        if (reader.ItemMapping(item, path) is not { } map)
        {
            return new NetworkPolicyPort();
        }

        reader.RejectUnknownFields(map, path, PortFields);
        var protocol = ProtocolDecoder.Read(reader, map, path, emptyIsDefault: false);
        var portNode = FieldReader.Get(map, "port");
        var (port, name) = portNode is null ? (null, null) : ReadPort(reader, portNode, path.Field("port"));
        var endPort = ReadEndPort(reader, map, path, portNode, port, name);
        return new NetworkPolicyPort { Protocol = protocol, Port = port, PortName = name, EndPort = endPort };
    }

    private static (int? Port, string? Name) ReadPort(FieldReader reader, Node node, FieldPath path)
    {
        switch (node)
        {
            case ScalarNode { Type: ScalarType.Int } number:
                if (number.TryGetInt64(out var value) && value is >= 1 and <= 65535)
                {
                    return ((int)value, null);
                }

                reader.Error(node, path, $"port {number.Text} is not a port number from 1 to 65535");
                return (null, null);
            case ScalarNode { Type: ScalarType.String } text:
                if (NameRules.CheckPortName(text.Text) is { } error)
                {
                    reader.Error(node, path, error);
                }

                return (null, text.Text);
            default:
                reader.Error(node, path, $"expected a port number or a port name, found {node.Description}");
                return (null, null);
        }
    }

    private static int? ReadEndPort(FieldReader reader, MappingNode map, FieldPath path, Node? portNode, int? port, string? name)
    {
        if (reader.Integer(map, "endPort", path) is not { } endPort)
        {
            return null;
        }

        var node = FieldReader.Get(map, "endPort")!;
        var endPath = path.Field("endPort");
        if (portNode is null)
        {
            reader.Error(node, endPath, "endPort requires port: set port to the first port of the range");
        }
        else if (name is not null)
        {
            reader.Error(node, endPath, $"endPort may only be used with a numeric port; found port name '{name}'");
        }
        else if (endPort is < 1 or > 65535)
        {
            reader.Error(node, endPath, $"endPort {endPort} is not a port number from 1 to 65535");
        }
        else if (port is { } first && endPort < first)
        {
            reader.Error(node, endPath, $"endPort {endPort} is less than port {first}");
        }
        else
        {
            return (int)endPort;
        }

        return null;
    }
}
