using System.Text.RegularExpressions;
using ComplianceAuditor.Reports.Pdf;
using ComplianceAuditor.Reports.Rendering;
using ComplianceAuditor.Reports.Tests.Pdf;

namespace ComplianceAuditor.Reports.Tests.Trend;

/// <summary>The PDF's "Score trend" section read back with PdfPig: title, bookmark, chart labels, legend and run table.</summary>
public class TrendPdfTests
{
    private static byte[] Render(ReportInput input)
    {
        using var output = new MemoryStream();
        new PdfReportRenderer().Render(input, output);
        return output.ToArray();
    }

    private static string TrendPage(byte[] pdf) =>
        PdfText.PageTexts(pdf).Single(t => t.Contains("Score trend", StringComparison.Ordinal) && t.Contains("Run folder", StringComparison.Ordinal));

    [Fact]
    public void Three_runs_give_a_bookmarked_section_after_the_summary_with_a_chart_legend_and_the_runs_oldest_first()
    {
        var pdf = Render(TrendSamples.Input(TrendSamples.ThreeRuns()));

        var pages = PdfText.Pages(pdf, out var document);
        using (document)
        {
            Assert.True(document.TryGetBookmarks(out var bookmarks));
            Assert.Equal(["Cover", "Executive summary", "Score trend", "Scope and coverage"], bookmarks.Roots.Take(4).Select(b => b.Title));
            var at = bookmarks.Roots.Take(4).OfType<UglyToad.PdfPig.Outline.DocumentBookmarkNode>().Select(b => b.PageNumber).ToList();
            Assert.Equal([1, 2, 3, 4], at);
            Assert.Contains("Score trend", pages[2].Text, StringComparison.Ordinal);
        }

        var page = TrendPage(pdf);
        var table = page.IndexOf("Audited (UTC)", StringComparison.Ordinal);
        var chart = page[..table];
        // The chart is drawn before the table: its axis, date labels and legend come first on the page.
        Assert.Contains("100 %", chart, StringComparison.Ordinal);
        Assert.Contains("this run", chart, StringComparison.Ordinal);
        Assert.All(["2026-11-26", "2026-11-27", "2026-11-28"], date => Assert.Contains(date, chart, StringComparison.Ordinal));
        Assert.Contains("HIPAA Security Rule 2013", chart, StringComparison.Ordinal);
        Assert.Contains("PCI DSS 4.0.1", chart, StringComparison.Ordinal);
        Assert.True(chart.IndexOf("HIPAA Security Rule 2013", StringComparison.Ordinal) < chart.IndexOf("PCI DSS 4.0.1", StringComparison.Ordinal), "legend in framework id order");

        // Rows oldest first, framework columns in id order (hipaa, pci-dss), "–" for no score.
        var rows = Regex.Matches(page[table..], @"(2026-11-2\d \d\d:\d\d:\d\d) (audit-\S+(?: \(this run\))?) (\S+) (\S+)").Select(m => string.Join(" | ", m.Groups.Values.Skip(1))).ToList();
        Assert.Equal(
        [
            "2026-11-26 10:00:00 | audit-2026-11-26T10-00-00Z | 55.5 | 40.0",
            "2026-11-27 10:00:00 | audit-2026-11-27T10-00-00Z | – | 41.2",
            "2026-11-28 10:00:00 | audit-2026-11-28T10-00-00Z (this run) | 60.0 | 42.5",
        ], rows);
        Assert.DoesNotContain("first run", page, StringComparison.Ordinal);
    }

    [Fact]
    public void A_single_run_says_plainly_there_is_no_trend_yet_and_draws_no_chart()
    {
        var pdf = Render(new ReportInput { Report = TrendSamples.Report() });

        var page = TrendPage(pdf);

        Assert.Contains(PdfText.Squeeze("This is the first run of this target, so there is no trend yet."), PdfText.Squeeze(page), StringComparison.Ordinal);
        Assert.DoesNotContain("100 %", page[page.IndexOf("Score trend", StringComparison.Ordinal)..], StringComparison.Ordinal);
        Assert.Matches(@"2026-11-28 10:00:00 this run 60\.0 42\.5", page);
    }

    [Fact]
    public void The_same_history_gives_the_same_bytes_and_another_history_other_bytes()
    {
        var input = TrendSamples.Input(TrendSamples.ThreeRuns());

        var first = Render(input);
        var second = Render(input with { History = [.. TrendSamples.ThreeRuns().Reverse()] });
        var other = Render(input with { History = TrendSamples.ThreeRuns().SetItem(1, TrendSamples.Run(1, "audit-2026-11-27T10-00-00Z", 41.2, 57)) });

        Assert.Equal(first, second);
        Assert.NotEqual(first, other);
    }

    [Fact]
    public void More_runs_than_the_chart_holds_show_the_newest_and_say_how_many_are_left_out()
    {
        var earlier = Enumerable.Range(1, TrendPoint.EarlierRunsShown + 5).Select(d => TrendSamples.Run(d, $"audit-{d:000}", 100 - d, d));
        var pdf = Render(TrendSamples.Input([.. earlier, TrendSamples.Run(0, "audit-now", 99.5, 0, current: true)]));

        var text = string.Join(" ", PdfText.PageTexts(pdf));

        Assert.Contains("audit-030", text, StringComparison.Ordinal);
        Assert.DoesNotContain("audit-031", text, StringComparison.Ordinal);
        Assert.Contains(PdfText.Squeeze("5 earlier run(s) in runs.json are not shown"), PdfText.Squeeze(text), StringComparison.Ordinal);
        Assert.Contains("audit-now (this run)", text, StringComparison.Ordinal);
    }
}
