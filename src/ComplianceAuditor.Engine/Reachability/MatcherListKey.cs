using System.Collections.Immutable;
using ComplianceAuditor.Engine.Policies;

namespace ComplianceAuditor.Engine.Reachability;

/// <summary>A rule's port matchers with structural equality (the matchers are records), for interning rule types.</summary>
internal readonly struct MatcherListKey : IEquatable<MatcherListKey>
{
    private readonly int hash;

    public MatcherListKey(ImmutableArray<PortMatcher> ports)
    {
        Ports = ports;
        var h = new HashCode();
        foreach (var port in ports)
        {
            h.Add(port);
        }

        hash = h.ToHashCode();
    }

    public ImmutableArray<PortMatcher> Ports { get; }

    public bool Equals(MatcherListKey other) => hash == other.hash && Ports.SequenceEqual(other.Ports);

    public override bool Equals(object? obj) => obj is MatcherListKey other && Equals(other);

    public override int GetHashCode() => hash;
}
