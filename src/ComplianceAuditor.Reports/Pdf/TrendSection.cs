using System.Globalization;
using ComplianceAuditor.Reports.Pdf.Layout;
using ComplianceAuditor.Reports.Rendering;

namespace ComplianceAuditor.Reports.Pdf;

/// <summary>
/// "Score trend": the scores of this target's earlier runs and this one, as a chart and as a table
/// of the runs (newest last), or, for the first run, a plain statement that there is no trend yet.
/// </summary>
internal static class TrendSection
{
    public const string Title = "Score trend";

    /// <summary>What a score the run does not have prints as: en dash, not "0", which would be a score.</summary>
    public const string NoScore = "–";

    public static void Write(ReportContext context)
    {
        var trend = ScoreTrend.Of(context.Input);
        // A first run has a sentence and a one-row table: it follows the summary rather than take a page.
        context.Section(Title, newPage: !trend.FirstRun);
        if (trend.FirstRun)
        {
            context.Text("This is the first run of this target, so there is no trend yet. "
                + "Later audits of the same cluster into the same output folder will show here how the scores change.");
        }
        else
        {
            context.Text($"Framework scores of the last {trend.Runs.Length} runs of this target (the same cluster, audited into the same output folder), "
                + "oldest first, as runs.json in that folder recorded them. Runs are evenly spaced in time order; a framework without a score in a run leaves a gap.");
            TrendChart.Draw(context, trend);
        }

        context.Table(
            [new("Audited (UTC)", 1.8), new("Run folder", 2.6), .. trend.Frameworks.Select(f => new TableColumn(f.Name, 1.1))],
            trend.Runs.Select(run => Row(trend, run)));
        if (trend.Omitted > 0)
        {
            context.Note(string.Create(CultureInfo.InvariantCulture, $"{trend.Omitted} earlier run(s) in runs.json are not shown; the chart and table hold the newest {TrendPoint.EarlierRunsShown} before this one."));
        }
    }

    private static IReadOnlyList<TableCell> Row(ScoreTrend trend, TrendPoint run) =>
    [
        new(run.AuditedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture)) { Bold = run.Current },
        new(ScoreTrend.FolderLabel(run)) { Bold = run.Current },
        .. trend.Frameworks.Select(f => new TableCell(ScoreTrend.Score(run, f) is { } score ? Formats.Score(score) : NoScore) { Bold = run.Current }),
    ];
}
