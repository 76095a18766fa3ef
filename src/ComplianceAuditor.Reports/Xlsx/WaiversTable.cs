using ComplianceAuditor.Reports.Model;
using SpreadCheetah;

namespace ComplianceAuditor.Reports.Xlsx;

/// <summary>The Waivers sheet: applied, expired and unused waivers with who approved them and until when.</summary>
internal static class WaiversTable
{
    public static SheetTable Build(AuditReport report)
    {
        var waivers = report.Waivers.Applied.Select(w => ("applied", w))
            .Concat(report.Waivers.Expired.Select(w => ("expired", w)))
            .Concat(report.Waivers.Unused.Select(w => ("unused", w)))
            .ToList();
        return new(
            "Waivers",
            [
                new("State", 10), new("Waiver", 14), new("Control", 18), new("Target", 40), new("Justification", 70), new("Approver", 24),
                new("Ticket", 16), new("Expires", 12), new("Findings", 10), new("Flows", 10),
            ],
            waivers.Count,
            waivers.Select(w => Row(w.Item1, w.w)));
    }

    private static Cell[] Row(string state, WaiverInfo waiver) =>
    [
        XlsxCells.Text(state),
        XlsxCells.Text(waiver.Id),
        XlsxCells.Text(waiver.Control),
        XlsxCells.Text(waiver.Target),
        XlsxCells.Text(waiver.Justification),
        XlsxCells.Text(waiver.Approver),
        XlsxCells.Text(waiver.Ticket),
        XlsxCells.Text(XlsxCells.Iso(waiver.Expires)),
        XlsxCells.Number(waiver.Findings),
        XlsxCells.Number(waiver.Flows),
    ];
}
