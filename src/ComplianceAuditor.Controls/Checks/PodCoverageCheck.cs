using System.Collections.Immutable;
using ComplianceAuditor.Controls.Evaluation;

namespace ComplianceAuditor.Controls.Checks;

/// <summary>
/// <c>pod-coverage</c>: every pod of the zones (and every workload standing for pods not running
/// yet) is isolated for the direction, i.e. some NetworkPolicy selects it for that direction. An
/// unisolated pod accepts or sends anything, whatever the namespace's other policies say.
/// </summary>
internal sealed class PodCoverageCheck(ImmutableArray<string> zones, Direction direction) : Check
{
    public override string Type => "pod-coverage";

    public override bool UsesReachability => true;

    public static Check? Parse(CheckParameters parameters)
    {
        parameters.Accept("zones", "direction");
        return new PodCoverageCheck(parameters.Zones("zones", ZoneUse.Workload), parameters.Direction());
    }

    public override IReadOnlyList<Finding> Evaluate(AuditContext context)
    {
        var namespaces = context.Zones.NamespacesIn(zones);
        if (namespaces.Count == 0)
        {
            return [CheckFindings.NoMembers(zones)];
        }

        var members = context.Zones.PeersIn(zones).Order().ToLookup(i => context.Inventory.Peers[i].Namespace, StringComparer.Ordinal);
        return [.. namespaces.Select(ns => Evaluate(context, ns, [.. members[ns]]))];
    }

    private Finding Evaluate(AuditContext context, string ns, List<int> peers)
    {
        var types = direction.PolicyTypes().ToList();
        if (peers.Count == 0)
        {
            return CheckFindings.Namespace(FindingStatus.Pass, ns, $"namespace {ns} has no pod or workload of {CheckFindings.List(zones)} to isolate");
        }

        var gaps = types.Select(t => (Type: t, Peers: peers.Where(p => !context.Reachability.IsIsolated(p, t)).ToList())).Where(g => g.Peers.Count > 0).ToList();
        if (gaps.Count == 0)
        {
            return CheckFindings.Namespace(FindingStatus.Pass, ns, $"all {peers.Count} pod(s) and workload(s) of namespace {ns} are isolated for {types.Describe()}");
        }

        var open = peers.Where(p => gaps.Any(g => g.Peers.Contains(p))).Select(p => context.Inventory.Peers[p].DisplayName).ToList();
        var detail = string.Join(", ", gaps.Select(g => $"{g.Peers.Count} for {g.Type.Name()}"));
        return CheckFindings.Namespace(
            FindingStatus.Fail,
            ns,
            $"{open.Count} of {peers.Count} pod(s) and workload(s) of namespace {ns} are not isolated ({detail}): no NetworkPolicy selects them for that direction",
            new Evidence { Pods = [.. open.Take(Evidence.ShownItems)], Total = open.Count });
    }
}
