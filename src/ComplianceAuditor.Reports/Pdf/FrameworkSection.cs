using ComplianceAuditor.Reports.Model;
using ComplianceAuditor.Reports.Pdf.Layout;

namespace ComplianceAuditor.Reports.Pdf;

/// <summary>One section per framework: its score and its control table.</summary>
internal static class FrameworkSection
{
    public static readonly IReadOnlyList<TableColumn> Columns =
        [new("Control", 2.3), new("Title", 5), new("Severity", 1), new("Status", 1.6), new("Score", 0.8)];

    public static void Write(ReportContext context, FrameworkInfo framework)
    {
        context.Section($"{framework.Name} {framework.Version}");
        context.Field("Score", $"{Formats.Percent(framework.Score)} ({framework.Status})");
        if (framework.Source is not null)
        {
            context.Field("Catalog", framework.Source);
        }

        context.Field("Controls", Formats.Count(framework.Controls.Length));
        context.Flow.Advance(6);
        context.Table(Columns, framework.Controls.Select(Row));
        WriteRemediation(context, framework);
    }

    private static void WriteRemediation(ReportContext context, FrameworkInfo framework)
    {
        var open = framework.Controls.Where(c => c.Status is "fail" or "not-evaluated" && !string.IsNullOrWhiteSpace(c.Remediation)).ToList();
        if (open.Count == 0)
        {
            return;
        }

        TextBlocks.Paragraph(context.Flow, "Remediation of failing and not-evaluated controls", context.Style.H3, spaceAfter: 3);
        foreach (var control in open)
        {
            TextBlocks.Paragraph(context.Flow, $"{control.Id}: {control.Remediation}", context.Style.Cell, indent: 8, spaceAfter: 3, keepTogether: true);
        }
    }

    public static IReadOnlyList<TableCell> Row(ControlInfo control) =>
    [
        new(control.Id) { Bold = true }, control.Title, StatusLook.Severity(control.Severity), StatusLook.Cell(control.Status), Formats.Score(control.Score),
    ];
}
