using ComplianceAuditor.Reports.Model;
using SpreadCheetah;

namespace ComplianceAuditor.Reports.Xlsx;

/// <summary>The Flows sheet: every flow results.json lists as evidence, offending or waived.</summary>
internal static class FlowsTable
{
    public static SheetTable Build(AuditReport report) =>
        new(
            "Flows",
            [
                new("Framework", 22), new("Control", 18), new("Check", 22), new("Subject", 40), new("Source", 40), new("Destination", 40),
                new("Ports", 18), new("Allowed by", 70), new("Waived", 8),
            ],
            FindingPlace.All(report).Sum(p => (long)p.Finding.Evidence.Flows.Length + p.Finding.Evidence.WaivedFlows.Length),
            Rows(report));

    private static IEnumerable<Cell[]> Rows(AuditReport report) =>
        from place in FindingPlace.All(report)
        from flow in place.Finding.Evidence.Flows.Select(f => (Flow: f, Waived: false))
            .Concat(place.Finding.Evidence.WaivedFlows.Select(f => (Flow: f, Waived: true)))
        select Row(place, flow.Flow, flow.Waived);

    private static Cell[] Row(FindingPlace place, FlowInfo flow, bool waived) =>
    [
        XlsxCells.Text(place.Framework.Id),
        XlsxCells.Text(place.Control.Id),
        XlsxCells.Text(place.Check.Type),
        XlsxCells.Text(place.Finding.Subject),
        XlsxCells.Text(flow.Src),
        XlsxCells.Text(flow.Dst),
        XlsxCells.Text(flow.Ports),
        XlsxCells.Text(string.Join("; ", flow.AllowedBy)),
        XlsxCells.YesNo(waived),
    ];
}
