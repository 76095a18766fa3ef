using System.Globalization;
using ComplianceAuditor.Reports.Model;
using ComplianceAuditor.Reports.Pdf.Layout;

namespace ComplianceAuditor.Reports.Pdf;

/// <summary>Waivers that were applied, that have expired and that matched nothing.</summary>
internal static class WaiversSection
{
    private static readonly IReadOnlyList<TableColumn> Columns =
        [new("Waiver", 1.3), new("Control", 1.6), new("Target", 2.4), new("Approver", 1.9), new("Ticket", 1.0), new("Expires", 1.1), new("Waived", 1.1)];

    public static void Write(ReportContext context)
    {
        var waivers = context.Report.Waivers;
        context.Section("Waivers");
        context.Text("A waiver accepts a known gap until its expiry date, with an approver and a ticket. Expired waivers no longer apply; unused waivers matched no finding and can be removed.");
        Write(context, "Applied", waivers.Applied, "No waiver was applied.");
        Write(context, "Expired", waivers.Expired, "No waiver has expired.");
        Write(context, "Unused", waivers.Unused, "Every waiver matched a finding.");
    }

    private static void Write(ReportContext context, string title, IReadOnlyList<WaiverInfo> waivers, string none)
    {
        context.Subsection($"{title} ({waivers.Count})");
        if (waivers.Count == 0)
        {
            context.Text(none);
            return;
        }

        context.Table(Columns, waivers.Select(w => (IReadOnlyList<TableCell>)
        [
            new(w.Id) { Bold = true }, w.Control, w.Target, w.Approver, w.Ticket,
            w.Expires.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            $"{Formats.Count(w.Findings)} finding(s), {Formats.Count(w.Flows)} flow(s)",
        ]));
        foreach (var waiver in waivers.Where(w => w.Justification.Length > 0))
        {
            TextBlocks.Paragraph(context.Flow, $"{waiver.Id}: {waiver.Justification}", context.Style.Cell, indent: 8, spaceAfter: 2, keepTogether: true);
        }

        context.Flow.Advance(4);
    }
}
