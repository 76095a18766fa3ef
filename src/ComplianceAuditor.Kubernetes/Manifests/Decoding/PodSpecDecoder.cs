using System.Collections.Immutable;
using ComplianceAuditor.Engine.Model;
using ComplianceAuditor.Kubernetes.Manifests.Nodes;

namespace ComplianceAuditor.Kubernetes.Manifests.Decoding;

/// <summary>
/// The parts of a pod spec (of a Pod or a workload's template) that reachability reads:
/// <c>hostNetwork</c>, <c>containers[*].name</c> and <c>containers[*].ports</c>. Init and ephemeral
/// containers are not read.
/// </summary>
internal static class PodSpecDecoder
{
    public static (bool HostNetwork, ImmutableArray<ContainerPort> Ports, ImmutableArray<string> Names) Read(FieldReader reader, MappingNode? spec, FieldPath specPath)
    {
        if (spec is null)
        {
            return (false, [], []);
        }

        var hostNetwork = reader.Boolean(spec, "hostNetwork", specPath);
        if (reader.Sequence(spec, "containers", specPath) is not { Items.Count: > 0 } containers)
        {
            return (hostNetwork, [], []);
        }

        var ports = ImmutableArray.CreateBuilder<ContainerPort>();
        var names = ImmutableArray.CreateBuilder<string>();
        var containersPath = specPath.Field("containers");
        for (var i = 0; i < containers.Items.Count; i++)
        {
            var containerPath = containersPath.Index(i);
            var container = reader.ItemMapping(containers.Items[i], containerPath);
            if (reader.String(container, "name", containerPath) is { Length: > 0 } name)
            {
                names.Add(name);
            }

            if (reader.List(container, "ports", containerPath, ReadPort) is { } containerPorts)
            {
                ports.AddRange(containerPorts.OfType<ContainerPort>());
            }
        }

        return (hostNetwork, ports.DrainToImmutable(), names.DrainToImmutable());
    }

    private static ContainerPort? ReadPort(FieldReader reader, Node item, FieldPath path)
    {
        if (reader.ItemMapping(item, path) is not { } map)
        {
            return null;
        }

        var name = reader.String(map, "name", path);
        if (name is { Length: > 0 } && NameRules.CheckPortName(name) is { } nameError)
        {
            reader.Error(FieldReader.Get(map, "name")!, path.Field("name"), nameError);
        }

        var protocol = ProtocolDecoder.Read(reader, map, path, emptyIsDefault: true);
        var number = ReadContainerPort(reader, map, path);
        return number is { } port ? new ContainerPort(string.IsNullOrEmpty(name) ? null : name, protocol, port) : null;
    }

    private static int? ReadContainerPort(FieldReader reader, MappingNode map, FieldPath path)
    {
        if (FieldReader.Get(map, "containerPort") is not { } node)
        {
            reader.Error(map, path.Field("containerPort"), "containerPort is required");
            return null;
        }

        if (reader.Integer(map, "containerPort", path) is not { } value)
        {
            return null;
        }

        if (value is < 1 or > 65535)
        {
            reader.Error(node, path.Field("containerPort"), $"containerPort {value} is not a port number from 1 to 65535");
            return null;
        }

        return (int)value;
    }
}
