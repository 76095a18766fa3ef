using ComplianceAuditor.Reports.Rendering;
using SpreadCheetah;

namespace ComplianceAuditor.Reports.Xlsx;

/// <summary>
/// The Trend sheet: a row per run of this target, oldest first and this run last, with a score
/// column per framework id (ordinal order). "Audited at" is a real date cell (UTC) so the rows
/// chart and filter by time; an empty score cell is a run without that framework's score.
/// </summary>
internal static class TrendTable
{
    public static SheetTable Build(ReportInput input, XlsxStyles styles)
    {
        var trend = ScoreTrend.Of(input);
        return new(
            "Trend",
            [new("Audited at (UTC)", 20), new("Run folder", 34), new("Current", 9), .. trend.Frameworks.Select(f => new SheetColumn(f.Id, Math.Max(12, f.Id.Length + 2)))],
            trend.Runs.Length,
            trend.Runs.Select(run => (Cell[])
            [
                new(run.AuditedAt.UtcDateTime),
                XlsxCells.Text(run.Folder),
                XlsxCells.YesNo(run.Current),
                .. trend.Frameworks.Select(f => styles.Score(ScoreTrend.Score(run, f))),
            ]));
    }
}
