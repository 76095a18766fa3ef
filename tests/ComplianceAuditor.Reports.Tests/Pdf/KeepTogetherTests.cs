using ComplianceAuditor.Reports.Pdf.Layout;

namespace ComplianceAuditor.Reports.Tests.Pdf;

public sealed class KeepTogetherTests
{
    private static readonly string Block = string.Join(' ', Enumerable.Range(0, 80).Select(i => $"word{i}"));

    private static List<string> Write(bool keepTogether) => PdfText.PageTexts(PdfText.Write(flow =>
    {
        TextBlocks.Paragraph(flow, "first", Styles.Body);
        flow.Advance(flow.Remaining - (2 * Styles.Body.LineHeight));
        TextBlocks.Paragraph(flow, Block, Styles.Body, keepTogether: keepTogether);
    }));

    [Fact]
    public void A_small_block_that_does_not_fit_moves_whole_to_the_next_page()
    {
        var pages = Write(keepTogether: true);

        Assert.Equal(2, pages.Count);
        Assert.DoesNotContain("word0", pages[0], StringComparison.Ordinal);
        Assert.Contains("word0", pages[1], StringComparison.Ordinal);
        Assert.Contains("word79", pages[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Without_keep_together_the_block_flows_over_the_page_break()
    {
        var pages = Write(keepTogether: false);

        Assert.Equal(2, pages.Count);
        Assert.Contains("word0", pages[0], StringComparison.Ordinal);
        Assert.Contains("word79", pages[1], StringComparison.Ordinal);
    }
}
