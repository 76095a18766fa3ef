using System.Collections.Immutable;
using ComplianceAuditor.Engine.Model;

namespace ComplianceAuditor.Engine.Reachability;

/// <summary>
/// Peers that behave identically as a destination: the same ingress rule types (null: not
/// isolated for ingress), matched by the same egress-rule peers, with the same named ports.
/// </summary>
internal sealed class DestinationClass(int id, int[]? ingressTypes, int[] matchedEgressPeers, ImmutableArray<ContainerPort> namedPorts)
{
    public int Id { get; } = id;

    public int[]? IngressTypes { get; } = ingressTypes;

    public int[] MatchedEgressPeers { get; } = matchedEgressPeers;

    /// <summary>The container ports whose names some policy refers to; other ports cannot change an answer.</summary>
    public ImmutableArray<ContainerPort> NamedPorts { get; } = namedPorts;

    public List<int> Peers { get; } = [];
}
