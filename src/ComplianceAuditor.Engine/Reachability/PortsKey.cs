using System.Collections.Immutable;
using ComplianceAuditor.Engine.Model;

namespace ComplianceAuditor.Engine.Reachability;

/// <summary>A canonical list of container ports with structural equality, for interning destination classes.</summary>
internal readonly struct PortsKey : IEquatable<PortsKey>
{
    private readonly int hash;

    public PortsKey(ImmutableArray<ContainerPort> ports)
    {
        Ports = ports;
        var h = new HashCode();
        foreach (var port in ports)
        {
            h.Add(port);
        }

        hash = h.ToHashCode();
    }

    public ImmutableArray<ContainerPort> Ports { get; }

    public bool Equals(PortsKey other) => hash == other.hash && Ports.SequenceEqual(other.Ports);

    public override bool Equals(object? obj) => obj is PortsKey other && Equals(other);

    public override int GetHashCode() => hash;
}
