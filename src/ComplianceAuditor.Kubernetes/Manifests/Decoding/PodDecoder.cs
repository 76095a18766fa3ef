using System.Collections.Immutable;
using ComplianceAuditor.Engine.Model;
using ComplianceAuditor.Engine.Net;
using ComplianceAuditor.Kubernetes.Manifests.Nodes;

namespace ComplianceAuditor.Kubernetes.Manifests.Decoding;

/// <summary>Reads a v1 Pod: phase, hostNetwork, node name, container ports and recorded IPs.</summary>
internal static class PodDecoder
{
    private static readonly FieldPath SpecPath = FieldPath.Root.Field("spec");
    private static readonly FieldPath StatusPath = FieldPath.Root.Field("status");

    public static Pod Read(FieldReader reader, MappingNode obj, ObjectMeta metadata)
    {
        var spec = reader.Mapping(obj, "spec", FieldPath.Root);
        var (hostNetwork, ports, containers) = PodSpecDecoder.Read(reader, spec, SpecPath);
        var status = reader.Mapping(obj, "status", FieldPath.Root);
        return new Pod
        {
            Metadata = metadata,
            Phase = reader.String(status, "phase", StatusPath) is { Length: > 0 } phase ? phase : null,
            HostNetwork = hostNetwork,
            NodeName = reader.String(spec, "nodeName", SpecPath) is { Length: > 0 } node ? node : null,
            ContainerPorts = ports,
            ContainerNames = containers,
            PodIPs = ReadIPs(reader, status),
        };
    }

    /// <summary><c>status.podIPs[*].ip</c> when that list has an entry, else <c>status.podIP</c>; "" is no address.</summary>
    private static ImmutableArray<IpAddress> ReadIPs(FieldReader reader, MappingNode? status)
    {
        if (reader.Sequence(status, "podIPs", StatusPath) is { Items.Count: > 0 } list)
        {
            var ips = ImmutableArray.CreateBuilder<IpAddress>(list.Items.Count);
            var listPath = StatusPath.Field("podIPs");
            for (var i = 0; i < list.Items.Count; i++)
            {
                var itemPath = listPath.Index(i);
                if (reader.ItemMapping(list.Items[i], itemPath) is { } entry && ReadIP(reader, entry, "ip", itemPath) is { } ip)
                {
                    ips.Add(ip);
                }
            }

            return ips.DrainToImmutable();
        }

        return ReadIP(reader, status, "podIP", StatusPath) is { } single ? [single] : [];
    }

    private static IpAddress? ReadIP(FieldReader reader, MappingNode? map, string field, FieldPath path)
    {
        if (reader.String(map, field, path) is not { Length: > 0 } text)
        {
            return null;
        }

        if (IpAddress.TryParse(text, out var address))
        {
            return address;
        }

        reader.Error(FieldReader.Get(map, field)!, path.Field(field), $"invalid pod IP '{text}': expected an IPv4 or IPv6 address");
        return null;
    }
}
