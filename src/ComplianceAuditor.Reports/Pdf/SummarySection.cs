using ComplianceAuditor.Reports.Model;
using ComplianceAuditor.Reports.Pdf.Layout;

namespace ComplianceAuditor.Reports.Pdf;

/// <summary>Scores per framework, as a table and a chart, and the worst failing controls.</summary>
internal static class SummarySection
{
    private static readonly string[] Statuses = ["pass", "fail", "waived", "not-evaluated", "not-applicable"];

    public static void Write(ReportContext context)
    {
        var frameworks = context.Report.Frameworks;
        context.Section("Executive summary");
        context.Text($"{frameworks.Length} framework(s) were audited on {Formats.Time(context.Report.AuditedAt)}. "
            + $"The input held {Formats.Count(context.Report.Input.Namespaces)} namespaces, {Formats.Count(context.Report.Input.Policies)} network policies and {Formats.Count(context.Report.Input.Peers)} peers.");
        context.Table(
            [new("Framework", 2.6), new("Version", 1), new("Score", 1), new("Status", 1.2), .. Statuses.Select(s => new TableColumn(s, s.Length > 6 ? 1.7 : 0.9))],
            frameworks.Select(Row));
        ScoreChart.Draw(context, frameworks);
        WriteTopGaps(context);
    }

    private static IReadOnlyList<TableCell> Row(FrameworkInfo framework) =>
    [
        new(framework.Name) { Bold = true },
        framework.Version,
        Formats.Percent(framework.Score),
        StatusLook.Cell(framework.Status),
        .. Statuses.Select(s => (TableCell)Formats.Count(framework.Controls.Count(c => c.Status == s))),
    ];

    private static void WriteTopGaps(ReportContext context)
    {
        var gaps = context.Report.Frameworks
            .SelectMany(f => f.Controls.Where(c => c.Status == "fail" && c.Severity is "critical" or "high").Select(c => (Framework: f, Control: c)))
            .OrderBy(g => g.Control.Severity == "critical" ? 0 : 1)
            .ThenBy(g => g.Control.Score ?? 0)
            .ToList();
        context.Subsection("Top gaps: failing critical and high controls");
        if (gaps.Count == 0)
        {
            context.Text("No critical or high control fails.");
            return;
        }

        context.Table(
            [new("Control", 2.1), new("Title", 4), new("Framework", 1.8), new("Severity", 1), new("Status", 1.5), new("Score", 0.8)],
            gaps.Take(context.Options.TopGaps).Select(g => (IReadOnlyList<TableCell>)
            [
                new(g.Control.Id) { Bold = true }, g.Control.Title, g.Framework.Name,
                StatusLook.Severity(g.Control.Severity), StatusLook.Cell(g.Control.Status), Formats.Score(g.Control.Score),
            ]));
        if (gaps.Count > context.Options.TopGaps)
        {
            context.Note($"{gaps.Count - context.Options.TopGaps} more failing critical or high controls are listed in the framework sections.");
        }
    }
}
