namespace ComplianceAuditor.Engine.Reachability;

/// <summary>
/// Peers that behave identically as a source: the same egress rule types (null: not isolated for
/// egress) and matched by the same ingress-rule peers.
/// </summary>
internal sealed class SourceClass(int id, int[]? egressTypes, int[] matchedIngressPeers)
{
    public int Id { get; } = id;

    public int[]? EgressTypes { get; } = egressTypes;

    public int[] MatchedIngressPeers { get; } = matchedIngressPeers;

    public List<int> Peers { get; } = [];
}
