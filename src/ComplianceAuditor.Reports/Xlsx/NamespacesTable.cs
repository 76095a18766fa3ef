using ComplianceAuditor.Reports.Model;
using SpreadCheetah;

namespace ComplianceAuditor.Reports.Xlsx;

/// <summary>The Namespaces sheet: each namespace's zones, score and findings by status.</summary>
internal static class NamespacesTable
{
    public static SheetTable Build(AuditReport report, XlsxStyles styles) =>
        new(
            "Namespaces",
            [new("Namespace", 30), new("Zones", 24), new("Score", 8), new("Pass", 8), new("Fail", 8), new("Not evaluated", 14), new("Waived", 8)],
            report.Namespaces.Length,
            report.Namespaces.Select(ns => new Cell[]
            {
                XlsxCells.Text(ns.Name),
                XlsxCells.Join(ns.Zones),
                styles.Score(ns.Score),
                XlsxCells.Number(ns.Pass),
                XlsxCells.Number(ns.Fail),
                XlsxCells.Number(ns.NotEvaluated),
                XlsxCells.Number(ns.Waived),
            }));
}
