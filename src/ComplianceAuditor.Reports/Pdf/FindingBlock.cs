using ComplianceAuditor.Reports.Model;
using ComplianceAuditor.Reports.Pdf.Layout;

namespace ComplianceAuditor.Reports.Pdf;

/// <summary>One finding: status, subject and message, then its evidence up to the cap.</summary>
internal static class FindingBlock
{
    private static readonly IReadOnlyList<TableColumn> FlowColumns =
        [new("Source", 3.0), new("Destination", 2.4), new("Ports", 1.1), new("Allowed by", 3.1)];

    public static void Write(ReportContext context, FindingInfo finding)
    {
        var cap = context.Options.EvidencePerFinding;
        var evidence = finding.Evidence;

        // The finding line, the evidence label, the header row and a first row stay together.
        context.Flow.EnsureSpace(80);
        context.Table(
            [new("Status", 1.5), new("Finding", 8.4)],
            [[StatusLook.Cell(finding.Status), new($"{finding.Subject}: {finding.Message}{Waiver(finding)}")]],
            header: false);
        var shown = Flows(context, "Offending flows", evidence.Flows, cap);
        shown += Flows(context, "Waived flows", evidence.WaivedFlows, cap - shown);
        shown += Items(context, "Pods", evidence.Pods, cap - shown);
        shown += Items(context, "Policies", evidence.Policies, cap - shown);
        shown += Items(context, "Objects", evidence.Objects, cap - shown);
        var note = More(evidence, shown);
        if (note.Length > 0)
        {
            context.Note(note);
        }

        context.Flow.Advance(4);
    }

    /// <summary>
    /// What the cap left out: the rest of the listed evidence is in the workbook; beyond that,
    /// results.json keeps a bounded sample and the total.
    /// </summary>
    private static string More(EvidenceInfo evidence, int shown)
    {
        var listed = evidence.Flows.Length + evidence.WaivedFlows.Length + evidence.Pods.Length + evidence.Policies.Length + evidence.Objects.Length;
        var sheet = evidence.Flows.IsEmpty && evidence.WaivedFlows.IsEmpty ? "Findings sheet" : "Flows sheet";
        var more = listed > shown ? $"{Formats.Count(listed - shown)} more in the workbook (report.xlsx, {sheet}). " : string.Empty;
        var beyond = evidence.Total > listed ? $"{Formats.Count(evidence.Total)} in all; the audit keeps the first {Formats.Count(listed)} as evidence." : string.Empty;
        return (more + beyond).Trim();
    }

    private static string Waiver(FindingInfo finding) => finding.WaivedBy is null ? string.Empty : $" (waived by {finding.WaivedBy})";

    private static int Flows(ReportContext context, string title, IReadOnlyList<FlowInfo> flows, int cap)
    {
        if (flows.Count == 0 || cap <= 0)
        {
            return 0;
        }

        var shown = flows.Take(cap).ToList();
        context.Flow.EnsureSpace(50);
        TextBlocks.Paragraph(context.Flow, title, context.Style.Small, indent: 0, spaceAfter: 1);
        context.Table(FlowColumns, shown.Select(f => (IReadOnlyList<TableCell>)
            [f.Src, f.Dst, f.Ports, f.AllowedBy.IsEmpty ? "—" : string.Join("\n", f.AllowedBy)]));
        return shown.Count;
    }

    private static int Items(ReportContext context, string title, IReadOnlyList<string> items, int cap)
    {
        if (items.Count == 0 || cap <= 0)
        {
            return 0;
        }

        var shown = items.Take(cap).ToList();
        TextBlocks.Paragraph(context.Flow, $"{title}: {string.Join(", ", shown)}", context.Style.Cell, indent: 8, spaceAfter: 3);
        return shown.Count;
    }
}
