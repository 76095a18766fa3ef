using ComplianceAuditor.Reports.Pdf.Layout;
namespace ComplianceAuditor.Reports.Tests.Pdf;

public sealed class TableTests
{
    private static readonly IReadOnlyList<TableColumn> Columns = [new("Source", 2), new("Destination", 2), new("Allowed by", 3)];

    private static IReadOnlyList<TableCell> Row(int i) =>
        [$"src-{i:000}", $"dst-{i:000}", i % 7 == 0 ? string.Join(' ', Enumerable.Repeat($"rule-{i:000}", 12)) : $"rule-{i:000}"];

    [Fact]
    public void A_long_table_splits_across_pages_with_the_header_on_each_and_no_row_split()
    {
        var started = 0;
        var pdf = PdfText.Write(flow =>
        {
            TextBlocks.Paragraph(flow, "Before the table", Styles.Body);
            started = new Table(Columns, Styles.Table).Write(flow, Enumerable.Range(0, 300).Select(Row));
        });

        var pages = PdfText.PageTexts(pdf);
        Assert.True(pages.Count >= 4, $"{pages.Count} pages");
        Assert.Equal(pages.Count, started);
        Assert.All(pages, p => Assert.Contains("Source Destination Allowed by", p, StringComparison.Ordinal));
        var order = pages.SelectMany(p => p.Split(' ').Where(w => w.StartsWith("src-", StringComparison.Ordinal))).ToList();
        Assert.Equal(Enumerable.Range(0, 300).Select(i => $"src-{i:000}"), order);
        foreach (var i in Enumerable.Range(0, 300).Where(i => i % 7 == 0))
        {
            // A wrapped row stays on the page its first cell is on.
            var page = pages.Single(p => p.Contains($"src-{i:000}", StringComparison.Ordinal));
            Assert.Equal(12, page.Split(' ').Count(w => w == $"rule-{i:000}"));
        }
    }

    [Fact]
    public void Rows_stay_inside_the_page_body()
    {
        var pdf = PdfText.Write(flow => new Table(Columns, Styles.Table).Write(flow, Enumerable.Range(0, 200).Select(Row)));

        var pages = PdfText.Pages(pdf, out var document);
        using (document)
        {
            var geometry = PageGeometry.A4;
            foreach (var letter in pages.SelectMany(p => p.Letters))
            {
                var top = geometry.Height - letter.BoundingBox.Top;
                var isDecoration = top < geometry.ContentTop - 4 || top > geometry.ContentBottom;
                if (!isDecoration)
                {
                    Assert.InRange(letter.BoundingBox.Right, geometry.Margin, geometry.Width - geometry.Margin);
                }
            }
        }
    }

    [Fact]
    public void A_cell_taller_than_half_a_page_is_cut_with_an_ellipsis()
    {
        var huge = string.Join('\n', Enumerable.Range(0, 500).Select(i => $"line {i}"));

        var pdf = PdfText.Write(flow => new Table(Columns, Styles.Table).Write(flow, [["a", "b", huge], ["next", "row", "c"]]));

        var text = string.Join(" ", PdfText.PageTexts(pdf));
        Assert.Contains("line 0", text, StringComparison.Ordinal);
        Assert.DoesNotContain("line 499", text, StringComparison.Ordinal);
        Assert.Contains("…", text, StringComparison.Ordinal);
        Assert.Contains("next row c", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Widths_follow_the_column_weights()
    {
        var pdf = PdfText.Write(flow => new Table([new("Narrow", 1), new("Wide", 3)], Styles.Table).Write(flow, [["left", "right"]]));

        var pages = PdfText.Pages(pdf, out var document);
        using (document)
        {
            var words = pages[0].GetWords().ToList();
            var left = words.Single(w => w.Text == "Narrow").BoundingBox.Left;
            var right = words.Single(w => w.Text == "Wide").BoundingBox.Left;
            Assert.Equal(PageGeometry.A4.ContentWidth / 4, right - left, 1);
        }
    }
}
