using System.Collections.Immutable;
using ComplianceAuditor.Engine.Model;
using ComplianceAuditor.Engine.Ports;

namespace ComplianceAuditor.Engine.Policies;

/// <summary>
/// A compiled <c>ports</c> entry. <see cref="Resolve"/> takes the destination's container ports,
/// or null for an external destination (where named ports allow nothing).
/// </summary>
public abstract record PortMatcher
{
    public abstract ProtocolPortSet Resolve(ImmutableArray<ContainerPort>? destinationPorts);

    /// <summary>Whether the answer depends on the destination's container ports.</summary>
    public virtual bool IsNamed => false;
}

/// <summary>An empty or missing <c>ports</c>: every port of every protocol.</summary>
public sealed record AllPortsMatcher : PortMatcher
{
    public static AllPortsMatcher Instance { get; } = new();

    public override ProtocolPortSet Resolve(ImmutableArray<ContainerPort>? destinationPorts) => ProtocolPortSet.All;

    public override string ToString() => "all ports";
}

/// <summary>A numeric port, a port with endPort, or (no port) every port of the protocol.</summary>
public sealed record PortRangeMatcher(Protocol Protocol, int Start, int End) : PortMatcher
{
    private readonly ProtocolPortSet ports = ProtocolPortSet.Of(Protocol, PortSet.Range(Start, End));

    public override ProtocolPortSet Resolve(ImmutableArray<ContainerPort>? destinationPorts) => ports;

    public override string ToString() => $"{Protocol} {ports[Protocol]}";
}

/// <summary>A named port: the destination's container ports with that name and protocol.</summary>
public sealed record NamedPortMatcher(Protocol Protocol, string Name) : PortMatcher
{
    public override bool IsNamed => true;

    public override ProtocolPortSet Resolve(ImmutableArray<ContainerPort>? destinationPorts)
    {
        var result = PortSet.Empty;
        foreach (var port in destinationPorts ?? [])
        {
            if (port.Protocol == Protocol && string.Equals(port.Name, Name, StringComparison.Ordinal))
            {
                result = result.Union(PortSet.Of(port.Port));
            }
        }

        return result.IsEmpty ? ProtocolPortSet.Empty : ProtocolPortSet.Of(Protocol, result);
    }

    public override string ToString() => $"{Protocol} named port {Name}";
}
