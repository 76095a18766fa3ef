using ComplianceAuditor.Reports.Model;
using SpreadCheetah;

namespace ComplianceAuditor.Reports.Xlsx;

/// <summary>The Controls sheet: one row per control of every framework.</summary>
internal static class ControlsTable
{
    public static SheetTable Build(AuditReport report, XlsxStyles styles) =>
        new(
            "Controls",
            [new("Framework", 22), new("Control", 18), new("Title", 50), new("Severity", 10), new("Status", 14), new("Score", 8), new("Description", 70), new("Remediation", 70)],
            report.Frameworks.Sum(f => (long)f.Controls.Length),
            Rows(report, styles));

    private static IEnumerable<Cell[]> Rows(AuditReport report, XlsxStyles styles) =>
        from framework in report.Frameworks
        from control in framework.Controls
        select new[]
        {
            XlsxCells.Text(framework.Id),
            XlsxCells.Text(control.Id),
            XlsxCells.Text(control.Title),
            XlsxCells.Text(control.Severity),
            styles.Status(control.Status),
            styles.Score(control.Score),
            XlsxCells.Text(control.Description),
            XlsxCells.Text(control.Remediation),
        };
}
