using ComplianceAuditor.Reports.Model;
using SpreadCheetah;

namespace ComplianceAuditor.Reports.Xlsx;

/// <summary>The Findings sheet: every finding of every check, with how much evidence it counts and lists.</summary>
internal static class FindingsTable
{
    public static SheetTable Build(AuditReport report, XlsxStyles styles) =>
        new(
            "Findings",
            [
                new("Framework", 22), new("Control", 18), new("Check", 22), new("Status", 14), new("Subject", 40), new("Namespace", 20),
                new("Policy", 28), new("Message", 80), new("Evidence total", 15), new("Evidence listed", 15), new("Waived by", 14),
            ],
            FindingPlace.All(report).LongCount(),
            Rows(report, styles));

    private static IEnumerable<Cell[]> Rows(AuditReport report, XlsxStyles styles) =>
        FindingPlace.All(report).Select(place => new[]
        {
            XlsxCells.Text(place.Framework.Id),
            XlsxCells.Text(place.Control.Id),
            XlsxCells.Text(place.Check.Type),
            styles.Status(place.Finding.Status),
            XlsxCells.Text(place.Finding.Subject),
            XlsxCells.Text(place.Finding.Namespace),
            XlsxCells.Text(place.Finding.Policy),
            XlsxCells.Text(place.Finding.Message),
            XlsxCells.Number(place.Finding.Evidence.Total),
            XlsxCells.Number(place.Listed),
            XlsxCells.Text(place.Finding.WaivedBy),
        });
}
