using ComplianceAuditor.Reports.Pdf;
using ComplianceAuditor.Reports.Pdf.Layout;
using ComplianceAuditor.Reports.Rendering;

namespace ComplianceAuditor.Reports.Tests.Pdf;

/// <summary>Names come from whoever can create a namespace or pod: they are printed as the literal text they are.</summary>
public sealed class UntrustedTextTests
{
    private static readonly string LongName = "ns-" + string.Join('-', Enumerable.Range(0, 40).Select(i => $"part{i}"));

    private static readonly string[] Hostile = ["<script>alert(1)</script>", "=HYPERLINK(\"http://x\")", "{{ 1+1 }}", LongName, "ünïcode-Ωmega→ok"];

    private static byte[] Render()
    {
        var findings = Hostile.Select(n => SampleReports.Finding($"namespace {n}", [SampleReports.Flow($"{n}/pod-{LongName}", "payments/db")], 1)).ToList();
        var report = SampleReports.With(Hostile, [SampleReports.Control("1.2.1", "fail", findings)]);
        using var output = new MemoryStream();
        new PdfReportRenderer().Render(new ReportInput { Report = report }, output);
        return output.ToArray();
    }

    [Fact]
    public void Hostile_names_come_out_as_literal_text()
    {
        var text = PdfText.Squeeze(string.Join(string.Empty, PdfText.PageTexts(Render())));

        Assert.All(Hostile, n => Assert.Contains(PdfText.Squeeze(n), text, StringComparison.Ordinal));
        // Printed as is: not escaped for another format on the way.
        Assert.DoesNotContain("&lt;", text, StringComparison.Ordinal);
        Assert.DoesNotContain("&quot;", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Long_names_wrap_inside_the_page()
    {
        var pages = PdfText.Pages(Render(), out var document);
        using (document)
        {
            var geometry = PageGeometry.A4;
            var letters = pages.SelectMany(p => p.Letters).ToList();
            Assert.NotEmpty(letters);
            Assert.All(letters, l => Assert.InRange(l.BoundingBox.Right, 0, geometry.Width - geometry.Margin + 0.5));
            Assert.Contains(pages, p => PdfText.Squeeze(p.Text).Contains(LongName, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void The_report_without_a_snapshot_says_the_inventory_is_not_available()
    {
        var text = string.Join(" ", PdfText.PageTexts(Render()));

        Assert.Contains("Not available: this report was rendered from results.json without the snapshot", text, StringComparison.Ordinal);
    }
}
