using ComplianceAuditor.Reports.Pdf.Layout;

namespace ComplianceAuditor.Reports.Tests.Pdf;

public sealed class PageNumberTests
{
    [Fact]
    public void Every_page_is_numbered_out_of_the_final_count()
    {
        var pdf = PdfText.Write(flow =>
        {
            foreach (var i in Enumerable.Range(0, 250))
            {
                TextBlocks.Paragraph(flow, $"Paragraph {i} of some length that is long enough to wrap onto a second line of the page body, and then some.", Styles.Body);
            }
        });

        var pages = PdfText.PageTexts(pdf);
        Assert.True(pages.Count > 3);
        Assert.All(pages.Select((p, i) => (p, i)), x => Assert.Contains($"page {x.i + 1} of {pages.Count}", x.p, StringComparison.Ordinal));
        Assert.All(pages.Skip(1), p => Assert.Contains("running header", p, StringComparison.Ordinal));
    }

    [Fact]
    public void Headings_make_bookmarks_and_keep_with_what_follows()
    {
        var pdf = PdfText.Write(flow =>
        {
            TextBlocks.Heading(flow, "First", Styles.Body, level: 0);
            TextBlocks.Heading(flow, "Inner", Styles.Body, level: 1);
            flow.Advance(flow.Remaining - 20);
            TextBlocks.Heading(flow, "Second", Styles.Body, level: 0);
            TextBlocks.Paragraph(flow, "under second", Styles.Body);
        });

        var pages = PdfText.Pages(pdf, out var document);
        using (document)
        {
            Assert.True(document.TryGetBookmarks(out var bookmarks));
            Assert.Equal(["First", "Second"], bookmarks.Roots.Select(b => b.Title));
            Assert.Equal("Inner", Assert.Single(bookmarks.Roots[0].Children).Title);
            Assert.Equal(2, pages.Count);
            Assert.Contains("Second", pages[1].Text, StringComparison.Ordinal);
            Assert.Contains("under second", string.Join(" ", pages[1].GetWords().Select(w => w.Text)), StringComparison.Ordinal);
        }
    }
}
