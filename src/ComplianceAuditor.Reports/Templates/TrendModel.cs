using System.Globalization;
using ComplianceAuditor.Reports.Rendering;
using Scriban.Runtime;
using ComplianceAuditor.Reports.Text;

namespace ComplianceAuditor.Reports.Templates;

/// <summary>
/// The score trend as templates see it: <c>trend.first_run</c>, <c>trend.omitted</c> (earlier runs
/// not shown), <c>trend.frameworks</c> (id, name) and <c>trend.runs</c> oldest first (audited_at,
/// audited_at_iso, folder, current, and scores: one score text per framework, in the frameworks'
/// order, "–" where the run has none).
/// </summary>
internal static class TrendModel
{
    public const string NoScore = "–";

    public static ScriptObject Build(ScoreTrend trend, ModelValues values) => ModelValues.Object(
        ("first_run", trend.FirstRun),
        ("omitted", trend.Omitted),
        ("frameworks", values.List(trend.Frameworks, f => ModelValues.Object(("id", values.Text(f.Id)), ("name", values.Text(f.Name))))),
        ("runs", values.List(trend.Runs, run => ModelValues.Object(
            ("audited_at", run.AuditedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture)),
            ("audited_at_iso", UtcTime.Text(run.AuditedAt)),
            ("folder", values.Text(ScoreTrend.FolderLabel(run))),
            ("current", run.Current),
            ("scores", values.List(trend.Frameworks, f => ScoreTrend.Score(run, f) is { } score ? ModelValues.Score(score) : NoScore))))));
}
