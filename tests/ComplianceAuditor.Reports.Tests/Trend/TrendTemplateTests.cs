using System.Text;
using ComplianceAuditor.Reports.Rendering;
using ComplianceAuditor.Reports.Templates;
using ComplianceAuditor.Reports.Tests.Templates;

namespace ComplianceAuditor.Reports.Tests.Trend;

/// <summary>The score trend table of report.html and summary.md, from the bundled templates' partials.</summary>
public class TrendTemplateTests
{
    private static string Text(IReportRenderer renderer, ReportInput input)
    {
        using var output = new MemoryStream();
        renderer.Render(input, output);
        return Encoding.UTF8.GetString(output.ToArray());
    }

    [Fact]
    public void The_html_report_has_a_trend_table_with_a_row_per_run_and_the_current_one_marked()
    {
        var html = Text(new HtmlReportRenderer(), TrendSamples.Input(TrendSamples.ThreeRuns()));

        Assert.Contains("<li><a href=\"#trend\">Score trend</a></li>", html, StringComparison.Ordinal);
        Assert.Contains("<tr><th>Audited at</th><th>Run folder</th><th class=\"num\">HIPAA Security Rule 2013</th><th class=\"num\">PCI DSS 4.0.1</th></tr>", html, StringComparison.Ordinal);
        var first = html.IndexOf("<tr><td>2026-11-26 10:00:00 UTC</td><td class=\"mono\">audit-2026-11-26T10-00-00Z</td><td class=\"num\">55.5%</td><td class=\"num\">40.0%</td></tr>", StringComparison.Ordinal);
        var second = html.IndexOf("<tr><td>2026-11-27 10:00:00 UTC</td><td class=\"mono\">audit-2026-11-27T10-00-00Z</td><td class=\"num\">–</td><td class=\"num\">41.2%</td></tr>", StringComparison.Ordinal);
        var current = html.IndexOf("<tr class=\"current\"><td>2026-11-28 10:00:00 UTC</td><td class=\"mono\">audit-2026-11-28T10-00-00Z (this run)</td><td class=\"num\">60.0%</td><td class=\"num\">42.5%</td></tr>", StringComparison.Ordinal);
        Assert.True(first > 0 && second > first && current > second, $"rows at {first}, {second}, {current}");
        Assert.DoesNotContain("first run", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_markdown_summary_has_the_same_table()
    {
        var md = Text(new MarkdownReportRenderer(), TrendSamples.Input(TrendSamples.ThreeRuns()));

        Assert.Contains(
            "## Score trend\n\nScores of the last 3 runs of this target (same cluster, same output folder), oldest first; \"–\": no score in that run.\n\n"
            + "| Audited at | Run folder | HIPAA Security Rule 2013 | PCI DSS 4.0.1 |\n"
            + "|---|---|--:|--:|\n"
            + "| 2026-11-26 10:00:00 UTC | audit-2026-11-26T10-00-00Z | 55.5% | 40.0% |\n"
            + "| 2026-11-27 10:00:00 UTC | audit-2026-11-27T10-00-00Z | – | 41.2% |\n"
            + "| 2026-11-28 10:00:00 UTC | audit-2026-11-28T10-00-00Z (this run) | 60.0% | 42.5% |\n\n## Failing controls",
            md,
            StringComparison.Ordinal);
    }

    [Fact]
    public void A_first_run_says_so_in_both()
    {
        var input = new ReportInput { Report = TrendSamples.Report() };

        Assert.Contains("<p>This is the first run of this target, so there is no trend yet.", Text(new HtmlReportRenderer(), input), StringComparison.Ordinal);
        Assert.Contains("## Score trend\n\nThis is the first run of this target, so there is no trend yet.\n", Text(new MarkdownReportRenderer(), input), StringComparison.Ordinal);
    }

    [Fact]
    public void Folder_names_from_runs_json_are_escaped_like_every_other_value()
    {
        var history = TrendSamples.ThreeRuns().SetItem(1, TrendSamples.Run(1, $"audit-{SampleReport.Script}|x", 41.2, null));
        var input = TrendSamples.Input(history);

        var html = Text(new HtmlReportRenderer(), input);
        var md = Text(new MarkdownReportRenderer(), input);

        Assert.DoesNotContain(SampleReport.Script, html, StringComparison.Ordinal);
        Assert.Contains("<td class=\"mono\">audit-&lt;script&gt;alert(1)&lt;/script&gt;|x</td>", html, StringComparison.Ordinal);
        Assert.Contains("| audit-&lt;script&gt;alert(1)&lt;/script&gt;\\|x | – |", md, StringComparison.Ordinal);
    }
}
