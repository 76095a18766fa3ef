using System.Globalization;
using ComplianceAuditor.Reports.Model;
using ComplianceAuditor.Reports.Rendering;
using Scriban.Runtime;
using ComplianceAuditor.Reports.Text;

namespace ComplianceAuditor.Reports.Templates;

/// <summary>
/// The report as template variables (snake_case, as Scriban names things): everything in
/// results.json, with every string already escaped for the output format, plus what templates
/// should not have to compute (score texts, status words, anchors, failing controls by severity,
/// counts of what a cap left out, the score trend of this target's runs).
/// </summary>
internal static class TemplateModel
{
    public static ScriptObject Build(ReportInput input, Func<string, string> escape, TemplateLimits limits, out int items)
    {
        var report = input.Report;
        var values = new ModelValues(escape);
        var frameworks = new FrameworkModel(values, limits);
        var model = ModelValues.Object(
            ("tool", ModelValues.Object(("name", values.Text(report.Tool.Name)), ("version", values.Text(report.Tool.Version)))),
            ("audited_at", report.AuditedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture)),
            ("audited_at_iso", UtcTime.Text(report.AuditedAt)),
            ("workbook", "report.xlsx"),
            ("limits", ModelValues.Object(("findings_per_control", limits.FindingsPerControl), ("items_per_finding", limits.ItemsPerFinding))),
            ("input", Input(report.Input, values)),
            ("scope", Scope(report.Scope, values)),
            ("frameworks", values.List(report.Frameworks.Select(frameworks.Framework), f => f)),
            ("waivers", ModelValues.Object(
                ("applied", values.List(report.Waivers.Applied, w => Waiver(w, values))),
                ("expired", values.List(report.Waivers.Expired, w => Waiver(w, values))),
                ("unused", values.List(report.Waivers.Unused, w => Waiver(w, values))))),
            ("namespaces", values.List(report.Namespaces, n => Namespace(n, values))),
            ("trend", TrendModel.Build(ScoreTrend.Of(input), values)));
        items = values.Items;
        return model;
    }

    private static ScriptObject Input(InputInfo input, ModelValues values) => ModelValues.Object(
        ("sources", values.List(input.Sources, s => ModelValues.Object(
            ("api_server", values.Text(s.ApiServer)),
            ("context", values.Optional(s.Context)),
            ("kubernetes_version", values.Optional(s.KubernetesVersion)),
            ("taken_at", s.TakenAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture)),
            ("sha256", values.Text(s.Sha256)),
            ("file", values.Optional(s.File))))),
        ("files", values.List(input.Files, f => ModelValues.Object(
            ("path", values.Text(f.Path)), ("sha256", values.Text(f.Sha256)), ("bytes", f.Bytes)))),
        ("complete", input.Complete),
        ("gaps", values.List(input.Gaps, g => ModelValues.Object(("resource", values.Text(g.Resource)), ("reason", values.Text(g.Reason))))),
        ("unevaluated", values.Texts(input.Unevaluated)),
        ("peers", input.Peers),
        ("namespaces", input.Namespaces),
        ("policies", input.Policies));

    private static ScriptObject Scope(ScopeInfo scope, ModelValues values) => ModelValues.Object(
        ("origin", values.Text(scope.Origin)),
        ("zones", values.List(scope.Zones, z => ModelValues.Object(
            ("name", values.Text(z.Name)),
            ("kind", values.Text(z.Kind)),
            ("namespaces", values.Texts(z.Namespaces)),
            ("peers", z.Peers),
            ("cidrs", values.Texts(z.Cidrs))))),
        ("unzoned_namespaces", values.Texts(scope.UnzonedNamespaces)));

    private static ScriptObject Waiver(WaiverInfo waiver, ModelValues values) => ModelValues.Object(
        ("id", values.Text(waiver.Id)),
        ("control", values.Text(waiver.Control)),
        ("target", values.Text(waiver.Target)),
        ("justification", values.Text(waiver.Justification)),
        ("approver", values.Text(waiver.Approver)),
        ("ticket", values.Text(waiver.Ticket)),
        ("expires", waiver.Expires.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
        ("findings", waiver.Findings),
        ("flows", waiver.Flows));

    private static ScriptObject Namespace(NamespaceInfo ns, ModelValues values) => ModelValues.Object(
        ("name", values.Text(ns.Name)),
        ("zones", values.Texts(ns.Zones)),
        ("score", ns.Score),
        ("score_text", ModelValues.Score(ns.Score)),
        ("pass", ns.Pass),
        ("fail", ns.Fail),
        ("not_evaluated", ns.NotEvaluated),
        ("waived", ns.Waived));
}
