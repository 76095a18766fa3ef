using ComplianceAuditor.Controls.Evaluation;
using ComplianceAuditor.Controls.Scope;
using ComplianceAuditor.Engine.Policies;

namespace ComplianceAuditor.Controls.Checks;

/// <summary>
/// The policies a policy-level check examines for some zones: those that select at least one
/// peer of the zones, and every policy in a namespace a zone holds whole (no pod selector), since
/// such a policy can only select pods of the zone, including pods that do not exist yet.
/// </summary>
internal static class ZonePolicies
{
    public static IReadOnlyList<CompiledPolicy> For(AuditContext context, IReadOnlyList<string> zones)
    {
        var membership = context.Zones;
        var whole = membership.NamespacesIn(zones.Where(z => membership.Zone(z) is { Kind: ZoneKind.Workload, Pods: null }))
            .ToHashSet(StringComparer.Ordinal);

        // Only peers of a policy's own namespace can be selected by it: group once, not per policy.
        var peers = membership.PeersIn(zones).Select(i => context.Inventory.Peers[i]).ToLookup(p => p.Namespace, StringComparer.Ordinal);
        return [.. context.Policies.Policies.Where(p => whole.Contains(p.Namespace) || peers[p.Namespace].Any(peer => p.PodSelector.Matches(peer.Labels)))];
    }
}
