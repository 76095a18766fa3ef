using ComplianceAuditor.Reports.Pdf.Layout;

namespace ComplianceAuditor.Reports.Pdf;

/// <summary>Page 1: what was audited, when, with what, and the scores.</summary>
internal static class CoverPage
{
    public static void Write(ReportContext context)
    {
        var flow = context.Flow;
        var report = context.Report;
        flow.NewPage();
        flow.Advance(80);
        flow.Bookmark("Cover", 0);
        TextBlocks.Paragraph(flow, "Network segmentation compliance report", context.Style.Title, spaceAfter: 6);
        TextBlocks.Paragraph(flow, "Kubernetes NetworkPolicy evidence for auditors", context.Style.H2, spaceAfter: 30);
        WriteTarget(context);
        context.Field("Audit time", Formats.Time(report.AuditedAt));
        context.Field("Tool", $"{report.Tool.Name} {report.Tool.Version}");
        context.Field("Results schema", report.SchemaVersion);
        context.Field("Scope", report.Scope.Origin);
        context.Field("Overall", Overall(report));
        flow.Advance(16);
        TextBlocks.Paragraph(flow, "Framework scores", context.Style.H3, spaceAfter: 4);
        context.Table(
            [new("Framework", 4), new("Score", 1), new("Status", 1.3)],
            report.Frameworks.Select(f => (IReadOnlyList<TableCell>)[$"{f.Name} {f.Version}", new(Formats.Percent(f.Score)) { Bold = true }, StatusLook.Cell(f.Status)]));

        var controls = report.Frameworks.SelectMany(f => f.Controls).ToList();
        context.Note($"Controls over all frameworks: {controls.Count} in all, "
            + string.Join(", ", controls.GroupBy(c => c.Status).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Count()} {g.Key}"))
            + ". The overall figure is the lowest framework score: results.json scores each framework, and a cluster is only as compliant as its weakest one.");
        flow.Advance(14);
        context.Note("Every figure in this report is read from the run's results.json; the workbook report.xlsx holds every finding and every offending flow. "
            + "A control's score is the share of its counted findings that pass (fail and not-evaluated count against, waived and not-applicable are left out); "
            + "a framework's score is the severity-weighted mean of its controls' scores (critical 10, high 6, medium 3, low 1).");
    }

    private static string Overall(Model.AuditReport report)
    {
        var failing = report.Frameworks.Count(f => f.Status == "fail");
        var counts = $"{failing} of {report.Frameworks.Length} framework(s) fail";
        return report.Frameworks.Where(f => f.Score is not null).MinBy(f => f.Score) is { } lowest
            ? $"{Formats.Percent(lowest.Score)} (lowest framework score: {lowest.Name} {lowest.Version}); {counts}"
            : $"no framework has a score (nothing was counted); {counts}";
    }

    private static void WriteTarget(ReportContext context)
    {
        var input = context.Report.Input;
        foreach (var source in input.Sources)
        {
            context.Field("API server", source.ApiServer);
            if (source.Context is not null)
            {
                context.Field("Context", source.Context);
            }

            context.Field("Kubernetes", source.KubernetesVersion ?? "unknown");
            context.Field("Snapshot taken", Formats.Time(source.TakenAt));
            context.Field("Snapshot SHA-256", source.Sha256);
        }

        foreach (var file in input.Files.Take(8))
        {
            context.Field("Input file", $"{file.Path}\nSHA-256 {file.Sha256}");
        }

        if (input.Files.Length > 8)
        {
            context.Field("Input files", $"{input.Files.Length - 8} more in the appendix");
        }

        context.Field("Input", input.Complete ? "complete" : $"partial: {input.Gaps.Length} resource(s) could not be read");
    }
}
