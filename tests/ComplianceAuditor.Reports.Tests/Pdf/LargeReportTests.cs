using System.Diagnostics;
using ComplianceAuditor.Reports.Pdf;
using ComplianceAuditor.Reports.Rendering;
using Xunit.Abstractions;

namespace ComplianceAuditor.Reports.Tests.Pdf;

/// <summary>
/// 10,000 findings and 200,000 flows render into a bounded PDF. Time and peak memory are printed
/// (a benchmark figure, not an assertion: CI machines vary).
/// </summary>
public sealed class LargeReportTests(ITestOutputHelper output)
{
    [Fact]
    public void Ten_thousand_findings_with_two_hundred_thousand_flows_render()
    {
        var report = SampleReports.Large();
        Assert.Equal(200_000, report.Frameworks.SelectMany(f => f.Controls).SelectMany(c => c.Checks).SelectMany(c => c.Findings).Sum(f => f.Evidence.Flows.Length));
        var options = new PdfReportOptions();
        using var pdf = new MemoryStream();
        var clock = Stopwatch.StartNew();

        new PdfReportRenderer(options).Render(new ReportInput { Report = report }, pdf);

        clock.Stop();
        if (Environment.GetEnvironmentVariable("COMPLIANCE_LARGE_PDF_OUT") is { Length: > 0 } path)
        {
            File.WriteAllBytes(path, pdf.ToArray());
        }

        var pages = PdfText.PageTexts(pdf.ToArray());
        using var process = Process.GetCurrentProcess();
        output.WriteLine($"large report: {pages.Count} pages, {pdf.Length / 1024} KiB, rendered in {clock.Elapsed.TotalSeconds:0.0} s, process peak working set {process.PeakWorkingSet64 / (1024 * 1024)} MiB");
        Assert.Contains($"page {pages.Count} of {pages.Count}", pages[^1], StringComparison.Ordinal);
        var last = string.Join(" ", pages.TakeLast(300));
        Assert.Contains($"{10_000 - options.DetailedFindings:N0} more findings, one line each", string.Join(" ", pages), StringComparison.Ordinal);
        Assert.Contains("1.99", last, StringComparison.Ordinal);
    }
}
