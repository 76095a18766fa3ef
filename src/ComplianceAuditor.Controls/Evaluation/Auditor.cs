using System.Collections.Immutable;
using ComplianceAuditor.Controls.Catalogs;
using ComplianceAuditor.Controls.Checks;
using ComplianceAuditor.Controls.Waivers;

namespace ComplianceAuditor.Controls.Evaluation;

/// <summary>
/// Runs every check of every control of every catalog on one context, turns what the input cannot
/// support into not-evaluated findings, applies waivers, and scores.
/// </summary>
public static class Auditor
{
    public static AuditResult Run(AuditContext context, IReadOnlyList<ControlCatalog> catalogs, IReadOnlyList<Waiver> waivers)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(catalogs);
        var applier = new WaiverApplier(context, waivers);
        var frameworks = catalogs.Select(catalog => new FrameworkResult(
            catalog.Framework,
            [.. catalog.Controls.Select(control => Evaluate(context, catalog.Framework, control, applier))]) { Catalog = (catalog.File, catalog.Sha256) }).ToImmutableArray();
        return new AuditResult
        {
            Context = context,
            Frameworks = frameworks,
            Namespaces = Scoring.Namespaces(context, frameworks),
            Waivers = applier.Report(),
        };
    }

    private static ControlResult Evaluate(AuditContext context, Framework framework, Control control, WaiverApplier applier)
    {
        var key = $"{framework.Id}/{control.Id}";
        var checks = control.Checks.Select(check =>
        {
            var findings = Findings(context, check).Select(f => applier.Apply(key, f));
            return new CheckResult(check.Type, [.. findings]);
        });
        return new ControlResult(control, [.. checks]);
    }

    private static IReadOnlyList<Finding> Findings(AuditContext context, Check check)
    {
        if (check is CoverageGapsCheck || context.NotEvaluatedReason(check.UsesReachability) is not { } reason)
        {
            return check.Evaluate(context);
        }

        // Unevaluated policy objects make reachability uncertain, not zone membership (labels): a
        // zone with no members stays not-applicable. A partial snapshot may lack the members, so
        // then nothing the check says can stand.
        var findings = check.Evaluate(context);
        var input = new Finding { Status = FindingStatus.NotEvaluated, Subject = "input", Message = reason };
        if (findings.Count == 0 || findings.All(f => f.Status == FindingStatus.NotApplicable))
        {
            return context.Snapshot.Gaps.IsEmpty && findings.Count > 0 ? findings : [input];
        }

        // One not-evaluated finding per subject the check examined, so every namespace's score and
        // report says it was not evaluated; the check's own verdict and evidence cannot be trusted.
        return [.. findings.Select(f => f.Status == FindingStatus.NotApplicable ? f : new Finding
        {
            Status = FindingStatus.NotEvaluated,
            Subject = f.Subject,
            Namespace = f.Namespace,
            Policy = f.Policy,
            Message = reason,
        })];
    }
}
