using System.Collections.Immutable;
using ComplianceAuditor.Engine.Labels;
using ComplianceAuditor.Engine.Net;
using ComplianceAuditor.Engine.Peers;

namespace ComplianceAuditor.Controls.Scope;

/// <summary>
/// A named part of the scope. A workload zone selects namespaces (by labels, or by name through
/// the immutable <c>kubernetes.io/metadata.name</c> label) and optionally pods within them; an
/// address zone is a set of CIDRs.
/// </summary>
public sealed record Zone
{
    public required string Name { get; init; }

    public string? Description { get; init; }

    public ZoneKind Kind => Cidrs.IsEmpty ? ZoneKind.Workload : ZoneKind.Address;

    public LabelSelector? Namespaces { get; init; }

    public ImmutableArray<string> NamespaceNames { get; init; } = [];

    public LabelSelector? Pods { get; init; }

    public ImmutableArray<IpPrefix> Cidrs { get; init; } = [];

    public IpRangeSet Addresses => Cidrs.Aggregate(IpRangeSet.Empty, (set, cidr) => set.Union(IpRangeSet.Of(cidr)));

    public bool MatchesNamespace(NamespaceInfo ns)
    {
        if (Kind == ZoneKind.Address)
        {
            return false;
        }

        var byName = NamespaceNames.IsEmpty
            || (ns.Labels.TryGetValue(NamespaceInfo.NameLabel, out var name) && NamespaceNames.Contains(name, StringComparer.Ordinal));
        return byName && (Namespaces?.Matches(ns.Labels) ?? true);
    }

    public bool MatchesPod(LabelSet podLabels) => Pods?.Matches(podLabels) ?? true;
}
