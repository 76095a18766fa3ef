using System.Collections.Immutable;
using ComplianceAuditor.Controls.Evaluation;
using ComplianceAuditor.Engine.Model;
using ComplianceAuditor.Engine.Policies;
using ComplianceAuditor.Engine.Ports;

namespace ComplianceAuditor.Controls.Checks;

/// <summary>
/// <c>broad-rules</c>: no rule of a policy about the zones opens it to any address, every peer,
/// every namespace, every port, or a port range wider than <c>maxPortRange</c>. Only rules of a
/// direction the policy affects count: the others allow nothing.
/// </summary>
internal sealed class BroadRulesCheck(ImmutableArray<string> zones, int maxPortRange) : Check
{
    public override string Type => "broad-rules";

    public static Check? Parse(CheckParameters parameters)
    {
        parameters.Accept("zones", "maxPortRange");
        return new BroadRulesCheck(parameters.Zones("zones", ZoneUse.Workload), parameters.Integer("maxPortRange", 1024, 1, PortSet.MaxPort));
    }

    public override IReadOnlyList<Finding> Evaluate(AuditContext context)
    {
        if (context.Zones.NamespacesIn(zones).Count == 0)
        {
            return [CheckFindings.NoMembers(zones)];
        }

        var policies = ZonePolicies.For(context, zones);
        return policies.Count == 0 ? [CheckFindings.NoPolicies(zones, "selects pods")] : [.. policies.Select(Evaluate)];
    }

    private Finding Evaluate(CompiledPolicy policy)
    {
        var broad = new[] { PolicyType.Ingress, PolicyType.Egress }.Where(policy.Affects)
            .SelectMany(t => policy.Rules(t))
            .Select(rule => (Rule: rule, Reasons: RuleBreadth.Reasons(rule, maxPortRange).ToList()))
            .Where(r => r.Reasons.Count > 0)
            .Select(r => $"{r.Rule}: {string.Join("; ", r.Reasons)}")
            .ToList();
        if (broad.Count == 0)
        {
            return CheckFindings.Policy(FindingStatus.Pass, policy, $"policy {policy.QualifiedName} has no broad rule");
        }

        return CheckFindings.Policy(
            FindingStatus.Fail,
            policy,
            $"policy {policy.QualifiedName} has {broad.Count} broad rule(s)",
            new Evidence { Policies = [policy.QualifiedName], Objects = [.. broad.Take(Evidence.ShownItems)], Total = broad.Count });
    }
}
