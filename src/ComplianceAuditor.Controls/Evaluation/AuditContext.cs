using System.Collections.Immutable;
using ComplianceAuditor.Controls.Scope;
using ComplianceAuditor.Engine.Explain;
using ComplianceAuditor.Engine.Model;
using ComplianceAuditor.Engine.Peers;
using ComplianceAuditor.Engine.Policies;
using ComplianceAuditor.Engine.Ports;
using ComplianceAuditor.Engine.Reachability;

namespace ComplianceAuditor.Controls.Evaluation;

/// <summary>
/// Everything a check reads: the snapshot, the engine's answers (reachability and, for evidence,
/// the reasons), the zones resolved against the cluster, and the audit time. Checks never
/// recompute NetworkPolicy semantics; they ask the engine.
/// </summary>
public sealed class AuditContext
{
    public AuditContext(ClusterSnapshot snapshot, ScopeDefinition scope, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        Snapshot = snapshot;
        Inventory = PeerInventory.Build(snapshot);
        Policies = CompiledPolicySet.Compile(snapshot.NetworkPolicies);
        Reachability = ReachabilityAnalysis.Compute(Inventory, Policies);
        Evaluator = new ConnectionEvaluator(Policies, Inventory);
        Zones = new ZoneMembership(scope, Inventory);
        Now = now;
    }

    public ClusterSnapshot Snapshot { get; }

    public PeerInventory Inventory { get; }

    public CompiledPolicySet Policies { get; }

    public ReachabilityAnalysis Reachability { get; }

    public ConnectionEvaluator Evaluator { get; }

    public ZoneMembership Zones { get; }

    public DateTimeOffset Now { get; }

    /// <summary>Why a check cannot give an answer on this input, or null when it can.</summary>
    public string? NotEvaluatedReason(bool usesReachability)
    {
        if (!Snapshot.Gaps.IsEmpty)
        {
            return $"the input is a partial snapshot: {string.Join("; ", Snapshot.Gaps.Select(g => $"{g.Resource} was not read ({g.Reason})"))}";
        }

        if (usesReachability && !Snapshot.Unevaluated.IsEmpty)
        {
            var names = Snapshot.Unevaluated.Take(5).Select(o => $"{o.Kind} {o.QualifiedName}");
            return $"{Snapshot.Unevaluated.Length} policy object(s) the engine does not evaluate can allow or deny traffic NetworkPolicy alone decides: {string.Join(", ", names)}{(Snapshot.Unevaluated.Length > 5 ? ", ..." : string.Empty)}";
        }

        return null;
    }

    /// <summary>The policies that select at least one of the peers.</summary>
    public IReadOnlyList<CompiledPolicy> PoliciesSelecting(IReadOnlySet<int> peers) =>
        [.. Policies.Policies.Where(p => peers.Any(i => Selects(p, Inventory.Peers[i])))];

    public static bool Selects(CompiledPolicy policy, Peer peer) =>
        policy.Namespace == peer.Namespace && policy.PodSelector.Matches(peer.Labels);

    /// <summary>The rules that allow a flow, as evidence: "ns/policy ingress[0] from[1]", or a note that a side is not isolated.</summary>
    public ImmutableArray<string> AllowedBy(Endpoint source, Endpoint destination, ProtocolPortSet ports)
    {
        var verdict = Evaluator.Evaluate(source, destination);
        return [.. Reasons(verdict.Egress, source, ports), .. Reasons(verdict.Ingress, destination, ports)];
    }

    private static IEnumerable<string> Reasons(DirectionVerdict? verdict, Endpoint subject, ProtocolPortSet ports)
    {
        if (verdict is null)
        {
            yield break;
        }

        var direction = verdict.Direction == PolicyType.Ingress ? "ingress" : "egress";
        if (!verdict.Isolated)
        {
            yield return $"{subject} is not isolated for {direction}";
            yield break;
        }

        foreach (var match in verdict.Matches.Where(m => m.Ports.Intersect(ports) is { IsEmpty: false }))
        {
            var list = match.Rule.Direction == PolicyType.Ingress ? "from" : "to";
            var peer = match.PeerIndex >= 0 ? $" {list}[{match.PeerIndex}]" : string.Empty;
            yield return $"{match.Rule.Policy.QualifiedName} {match.Rule.Path}{peer}";
        }
    }
}
