using System.Collections.Immutable;
using System.Globalization;
using ComplianceAuditor.Controls.Evaluation;
using ComplianceAuditor.Engine.Policies;

namespace ComplianceAuditor.Controls.Checks;

/// <summary>
/// <c>policy-review</c>: every policy about the zones records when it was last reviewed, and that
/// date is neither in the future nor more than <c>maxAgeDays</c> calendar days (UTC) before the
/// audit time.
/// </summary>
internal sealed class PolicyReviewCheck(ImmutableArray<string> zones, string annotation, int maxAgeDays) : Check
{
    public const string DefaultAnnotation = "compliance-auditor.io/reviewed-at";

    public override string Type => "policy-review";

    public static Check? Parse(CheckParameters parameters)
    {
        parameters.Accept("zones", "annotation", "maxAgeDays");
        return new PolicyReviewCheck(
            parameters.Zones("zones", ZoneUse.Workload),
            parameters.Annotation("annotation", DefaultAnnotation),
            parameters.Integer("maxAgeDays", 183, 1, 36_600));
    }

    public override IReadOnlyList<Finding> Evaluate(AuditContext context)
    {
        if (context.Zones.NamespacesIn(zones).Count == 0)
        {
            return [CheckFindings.NoMembers(zones)];
        }

        var policies = ZonePolicies.For(context, zones);
        return policies.Count == 0 ? [CheckFindings.NoPolicies(zones, "selects pods")] : [.. policies.Select(p => Evaluate(p, context.Now))];
    }

    private Finding Evaluate(CompiledPolicy policy, DateTimeOffset now)
    {
        var name = policy.QualifiedName;
        if (!policy.Source.Metadata.Annotations.TryGetValue(annotation, out var text) || string.IsNullOrWhiteSpace(text))
        {
            return CheckFindings.Policy(FindingStatus.Fail, policy, $"policy {name} has no review date ({annotation} annotation)");
        }

        if (ReviewDate.Parse(text.Trim()) is not { } reviewed)
        {
            return CheckFindings.Policy(FindingStatus.Fail, policy, $"policy {name} has review date '{text}' in {annotation}, expected an RFC 3339 date such as 2026-05-01 or 2026-05-01T10:00:00Z");
        }

        if (reviewed > now)
        {
            return CheckFindings.Policy(FindingStatus.Fail, policy, $"policy {name} has review date {text.Trim()}, after the audit time {Format(now)}");
        }

        var age = (now.UtcDateTime.Date - reviewed.UtcDateTime.Date).Days;
        return age > maxAgeDays
            ? CheckFindings.Policy(FindingStatus.Fail, policy, $"policy {name} was last reviewed {Days(age)} ago ({text.Trim()}), more than {Days(maxAgeDays)}")
            : CheckFindings.Policy(FindingStatus.Pass, policy, $"policy {name} was reviewed {Days(age)} ago ({text.Trim()})");
    }

    private static string Days(int days) => $"{days.ToString(CultureInfo.InvariantCulture)} day(s)";

    private static string Format(DateTimeOffset time) => time.ToString("yyyy-MM-dd'T'HH:mm:ssK", CultureInfo.InvariantCulture);
}
