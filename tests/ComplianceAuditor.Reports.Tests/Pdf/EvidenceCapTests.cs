using ComplianceAuditor.Reports.Pdf;
using ComplianceAuditor.Reports.Rendering;

namespace ComplianceAuditor.Reports.Tests.Pdf;

public sealed class EvidenceCapTests
{
    private static string Render(int flows, int total, PdfReportOptions options)
    {
        var finding = SampleReports.Finding("namespace web", Enumerable.Range(0, flows).Select(i => SampleReports.Flow($"web/src-{i:000}", "payments/db")), total);
        var report = SampleReports.With(["web", "payments"], [SampleReports.Control("1.3.1", "fail", [finding])]);
        using var output = new MemoryStream();
        new PdfReportRenderer(options).Render(new ReportInput { Report = report }, output);
        return string.Join(" ", PdfText.PageTexts(output.ToArray()));
    }

    [Fact]
    public void A_finding_shows_its_first_flows_and_says_where_the_rest_are()
    {
        var text = Render(50, 180, new PdfReportOptions());

        Assert.Equal(20, text.Split(' ').Count(w => w.StartsWith("web/src-", StringComparison.Ordinal)));
        Assert.Contains("web/src-019", text, StringComparison.Ordinal);
        Assert.DoesNotContain("web/src-020", text, StringComparison.Ordinal);
        Assert.Contains("30 more in the workbook (report.xlsx, Flows sheet). 180 in all; the audit keeps the first 50 as evidence.", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Under_the_cap_nothing_is_said_to_be_missing()
    {
        var text = Render(5, 5, new PdfReportOptions { EvidencePerFinding = 5 });

        Assert.Equal(5, text.Split(' ').Count(w => w.StartsWith("web/src-", StringComparison.Ordinal)));
        Assert.DoesNotContain("more in the workbook", text, StringComparison.Ordinal);
    }
}
