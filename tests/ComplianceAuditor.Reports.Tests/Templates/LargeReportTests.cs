using System.Diagnostics;
using ComplianceAuditor.Reports.Rendering;
using ComplianceAuditor.Reports.Templates;
using Xunit.Abstractions;

namespace ComplianceAuditor.Reports.Tests.Templates;

/// <summary>A big cluster's report: 10,000 failing findings with 200,000 flows in all (20 per finding).</summary>
public class LargeReportTests(ITestOutputHelper output)
{
    [Fact]
    public void Ten_thousand_findings_and_two_hundred_thousand_flows_render_capped()
    {
        var report = SampleReport.Large(controls: 50, findingsPerControl: 200, flowsPerFinding: 20);
        Assert.Equal(200_000, report.Frameworks.SelectMany(f => f.Controls).SelectMany(c => c.Checks).SelectMany(c => c.Findings).Sum(f => f.Evidence.Flows.Length));
        var clock = Stopwatch.StartNew();
        var allocated = GC.GetTotalAllocatedBytes();

        using var html = new OutputBuffer();
        new HtmlReportRenderer().Render(new ReportInput { Report = report }, html);
        var htmlTime = clock.Elapsed;
        using var markdown = new OutputBuffer();
        new MarkdownReportRenderer().Render(new ReportInput { Report = report }, markdown);

        var peak = Process.GetCurrentProcess().PeakWorkingSet64;
        output.WriteLine($"html {html.Length / 1024 / 1024.0:0.0} MiB in {htmlTime.TotalSeconds:0.00} s; md {markdown.Length / 1024.0:0} KiB; total {clock.Elapsed.TotalSeconds:0.00} s; allocated {(GC.GetTotalAllocatedBytes() - allocated) / 1024 / 1024} MiB; process peak working set {peak / 1024 / 1024} MiB");
        // Time and memory are measured by the benchmarks (`report` bench), not asserted here; the figure is printed.
        Assert.Equal(50 * 200 * 10, html.Count("<td class=\"mono\">TCP 5432</td>"));
        Assert.Equal(50 * 200, html.Count("<p class=\"more\">50 more items of evidence in report.xlsx</p>"));
    }

    /// <summary>Keeps the output's size and counts a marker without holding the whole document twice.</summary>
    private sealed class OutputBuffer : MemoryStream
    {
        public int Count(string marker)
        {
            var text = System.Text.Encoding.UTF8.GetString(GetBuffer(), 0, (int)Length);
            var count = 0;
            for (var at = text.IndexOf(marker, StringComparison.Ordinal); at >= 0; at = text.IndexOf(marker, at + marker.Length, StringComparison.Ordinal))
            {
                count++;
            }

            return count;
        }
    }
}
