using System.Collections.Immutable;
using ComplianceAuditor.Controls.Evaluation;
using ComplianceAuditor.Engine.Model;
using ComplianceAuditor.Engine.Policies;

namespace ComplianceAuditor.Controls.Checks;

/// <summary>
/// <c>justification</c>: every policy about the zones that allows something (has a rule in a
/// direction it affects) says why in an annotation. Policies that only deny need no reason.
/// </summary>
internal sealed class JustificationCheck(ImmutableArray<string> zones, string annotation) : Check
{
    public const string DefaultAnnotation = "compliance-auditor.io/justification";

    public override string Type => "justification";

    public static Check? Parse(CheckParameters parameters)
    {
        parameters.Accept("zones", "annotation");
        return new JustificationCheck(parameters.Zones("zones", ZoneUse.Workload), parameters.Annotation("annotation", DefaultAnnotation));
    }

    public override IReadOnlyList<Finding> Evaluate(AuditContext context)
    {
        if (context.Zones.NamespacesIn(zones).Count == 0)
        {
            return [CheckFindings.NoMembers(zones)];
        }

        var policies = ZonePolicies.For(context, zones).Where(AllowsSomething).ToList();
        return policies.Count == 0 ? [CheckFindings.NoPolicies(zones, "with allow rules selects pods")] : [.. policies.Select(Evaluate)];
    }

    private static bool AllowsSomething(CompiledPolicy policy) =>
        new[] { PolicyType.Ingress, PolicyType.Egress }.Any(t => policy.Affects(t) && !policy.Rules(t).IsEmpty);

    private Finding Evaluate(CompiledPolicy policy) =>
        policy.Source.Metadata.Annotations.TryGetValue(annotation, out var text) && !string.IsNullOrWhiteSpace(text)
            ? CheckFindings.Policy(FindingStatus.Pass, policy, $"policy {policy.QualifiedName} is justified: {text.Trim()}")
            : CheckFindings.Policy(FindingStatus.Fail, policy, $"policy {policy.QualifiedName} allows traffic but has no {annotation} annotation saying why");
}
