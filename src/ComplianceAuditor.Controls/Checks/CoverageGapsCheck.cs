using System.Collections.Immutable;
using ComplianceAuditor.Controls.Evaluation;
using ComplianceAuditor.Engine.Model;
using ComplianceAuditor.Engine.Policies;

namespace ComplianceAuditor.Controls.Checks;

/// <summary>
/// <c>coverage-gaps</c>: what changes reachability but was not evaluated becomes a not-evaluated
/// finding, never a silent pass: resources a partial snapshot lacks, policy objects of other
/// engines (AdminNetworkPolicy, Calico, Cilium), and pods without an IP (in the zones, when given)
/// while some policy uses ipBlock, which then cannot match them. Zones given without members
/// make it not-applicable, as for every check, unless resources are missing.
/// </summary>
internal sealed class CoverageGapsCheck(ImmutableArray<string> zones) : Check
{
    public override string Type => "coverage-gaps";

    public static Check? Parse(CheckParameters parameters)
    {
        parameters.Accept("zones");
        return new CoverageGapsCheck(parameters.Zones("zones", ZoneUse.Workload, required: false));
    }

    public override IReadOnlyList<Finding> Evaluate(AuditContext context)
    {
        var findings = new List<Finding>();
        findings.AddRange(context.Snapshot.Gaps.Select(gap => NotEvaluated($"resource {gap.Resource}", $"{gap.Resource} was not read: {gap.Reason}", [gap.Resource])));

        // Only after the gaps: a resource that was not read may be why the zones look empty.
        if (findings.Count == 0 && !zones.IsEmpty && context.Zones.NamespacesIn(zones).Count == 0)
        {
            return [CheckFindings.NoMembers(zones)];
        }

        findings.AddRange(context.Snapshot.Unevaluated.Select(o => NotEvaluated(
            $"{o.Kind} {o.QualifiedName}",
            $"{o.Kind} {o.QualifiedName} ({o.ApiVersion}) can allow or deny traffic but is not evaluated: reachability covers Kubernetes NetworkPolicy only",
            [$"{o.Kind} {o.QualifiedName}"]) with { Namespace = o.Namespace.Length == 0 ? null : o.Namespace }));
        if (PodsWithoutIp(context) is { Length: > 0 } pods)
        {
            findings.Add(NotEvaluated(
                "pods without an IP",
                $"{pods.Length} pod(s) have no recorded IP while policies use ipBlock: no ipBlock can match them, so their reachability as a source may be understated",
                pods));
        }

        return findings.Count > 0
            ? findings
            : [new Finding { Status = FindingStatus.Pass, Subject = "input", Message = "everything that decides reachability in the input was evaluated" }];
    }

    private ImmutableArray<string> PodsWithoutIp(AuditContext context)
    {
        // A rule of a direction its policy does not affect allows nothing: its ipBlocks match nothing either.
        var ipBlocksUsed = context.Policies.Policies
            .SelectMany(p => new[] { PolicyType.Ingress, PolicyType.Egress }.Where(p.Affects).SelectMany(t => p.Rules(t)))
            .Any(r => r.Peers.Any(m => m is IpBlockMatcher));
        if (!ipBlocksUsed)
        {
            return [];
        }

        IEnumerable<int> candidates = zones.IsEmpty ? Enumerable.Range(0, context.Inventory.Peers.Length) : context.Zones.PeersIn(zones);
        return [.. candidates.Select(i => context.Inventory.Peers[i]).Where(p => p.IsPod && p.IPs.IsEmpty).Select(p => p.DisplayName).Order(StringComparer.Ordinal)];
    }

    private static Finding NotEvaluated(string subject, string message, IReadOnlyList<string> objects) => new()
    {
        Status = FindingStatus.NotEvaluated,
        Subject = subject,
        Message = message,
        Evidence = new Evidence { Objects = [.. objects.Take(Evidence.ShownItems)], Total = objects.Count },
    };
}
