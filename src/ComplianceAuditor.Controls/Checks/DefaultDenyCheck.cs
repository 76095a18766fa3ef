using System.Collections.Immutable;
using ComplianceAuditor.Controls.Evaluation;
using ComplianceAuditor.Engine.Model;
using ComplianceAuditor.Engine.Policies;

namespace ComplianceAuditor.Controls.Checks;

/// <summary>
/// <c>default-deny</c>: each namespace of the zones has, for each direction examined, a policy
/// that selects every pod (<c>podSelector: {}</c>), isolates the direction and allows nothing in
/// it: the baseline that makes every other allowance explicit.
/// </summary>
internal sealed class DefaultDenyCheck(ImmutableArray<string> zones, Direction direction) : Check
{
    public override string Type => "default-deny";

    public static Check? Parse(CheckParameters parameters)
    {
        parameters.Accept("zones", "direction");
        return new DefaultDenyCheck(parameters.Zones("zones", ZoneUse.Workload), parameters.Direction());
    }

    public override IReadOnlyList<Finding> Evaluate(AuditContext context)
    {
        var namespaces = context.Zones.NamespacesIn(zones);
        if (namespaces.Count == 0)
        {
            return [Finding.NotApplicable($"no namespace is in {string.Join(", ", zones)}")];
        }

        return [.. namespaces.Select(ns => Evaluate(context.Policies.InNamespace(ns), ns))];
    }

    private Finding Evaluate(ImmutableArray<CompiledPolicy> policies, string ns)
    {
        var missing = direction.PolicyTypes().Where(d => !policies.Any(p => IsDefaultDeny(p, d))).ToList();
        if (missing.Count == 0)
        {
            var names = policies.Where(p => direction.PolicyTypes().Any(d => IsDefaultDeny(p, d))).Select(p => p.QualifiedName);
            return new Finding
            {
                Status = FindingStatus.Pass,
                Subject = $"namespace {ns}",
                Namespace = ns,
                Message = $"namespace {ns} denies by default ({direction.PolicyTypes().Describe()})",
                Evidence = new Evidence { Policies = [.. names] },
            };
        }

        return new Finding
        {
            Status = FindingStatus.Fail,
            Subject = $"namespace {ns}",
            Namespace = ns,
            Message = $"namespace {ns} has no default-deny policy for {missing.Describe()}: no policy selects every pod and allows nothing in that direction",
            Evidence = new Evidence { Policies = [.. policies.Select(p => p.QualifiedName)], Total = missing.Count },
        };
    }

    private static bool IsDefaultDeny(CompiledPolicy policy, PolicyType type) =>
        policy.PodSelector.IsEmpty && policy.Affects(type) && policy.Rules(type).IsEmpty;
}
