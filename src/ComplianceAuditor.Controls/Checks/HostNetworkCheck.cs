using System.Collections.Immutable;
using ComplianceAuditor.Controls.Evaluation;
using ComplianceAuditor.Controls.Scope;
using ComplianceAuditor.Engine.Labels;

namespace ComplianceAuditor.Controls.Checks;

/// <summary>
/// <c>host-network</c>: no pod with <c>hostNetwork: true</c> runs (or is set to run, through a
/// workload) in the zones' namespaces. Such a pod shares its node's network: NetworkPolicy does
/// not govern it, so no other check can vouch for it.
/// </summary>
internal sealed class HostNetworkCheck(ImmutableArray<string> zones) : Check
{
    public override string Type => "host-network";

    public static Check? Parse(CheckParameters parameters)
    {
        parameters.Accept("zones");
        return new HostNetworkCheck(parameters.Zones("zones", ZoneUse.Workload));
    }

    public override IReadOnlyList<Finding> Evaluate(AuditContext context)
    {
        var found = HostNetworkObjects.Find(context.Snapshot);

        // Host-network pods are not peers, so a pod zone does not hold the namespace of one that
        // is the zone's only pod: add the namespaces where such a pod would be a member.
        var namespaces = context.Zones.NamespacesIn(zones)
            .Union(found.Where(o => IsMember(context, o.Namespace, o.Labels)).Select(o => o.Namespace), StringComparer.Ordinal)
            .Order(StringComparer.Ordinal).ToList();
        if (namespaces.Count == 0)
        {
            return [CheckFindings.NoMembers(zones)];
        }

        var objects = found.ToLookup(o => o.Namespace, o => o.Name, StringComparer.Ordinal);
        return [.. namespaces.Select(ns => Evaluate(ns, [.. objects[ns]]))];
    }

    private bool IsMember(AuditContext context, string ns, LabelSet labels) =>
        context.Inventory.Namespaces.TryGetValue(ns, out var info)
        && zones.Select(context.Zones.Zone).Any(z => z.Kind == ZoneKind.Workload && z.MatchesNamespace(info) && z.MatchesPod(labels));

    private static Finding Evaluate(string ns, List<string> names) => names.Count == 0
        ? CheckFindings.Namespace(FindingStatus.Pass, ns, $"no host-network pod runs in namespace {ns}")
        : CheckFindings.Namespace(
            FindingStatus.Fail,
            ns,
            $"{names.Count} host-network pod(s) or workload(s) in namespace {ns}: NetworkPolicy does not govern them",
            new Evidence { Pods = [.. names.Take(Evidence.ShownItems)], Total = names.Count });
}
