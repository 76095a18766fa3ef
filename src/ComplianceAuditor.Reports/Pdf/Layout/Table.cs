using PdfSharp.Drawing;

namespace ComplianceAuditor.Reports.Pdf.Layout;

/// <summary>
/// A table written row by row: cells wrap inside their column, a row never splits, and when a
/// row does not fit the table continues on a new page under a repeated header row. A cell taller
/// than a page is cut with an ellipsis (the full text is in the workbook and results.json).
/// </summary>
public sealed class Table(IReadOnlyList<TableColumn> columns, TableStyle style)
{
    public IReadOnlyList<TableColumn> Columns { get; } = columns;

    public TableStyle Style { get; } = style;

    /// <summary>Writes the header (unless left out) and the rows; returns on how many pages the table started or continued.</summary>
    public int Write(PageFlow flow, IEnumerable<IReadOnlyList<TableCell>> rows, bool header = true)
    {
        ArgumentNullException.ThrowIfNull(flow);
        ArgumentNullException.ThrowIfNull(rows);
        var widths = Widths(flow.Width);
        var head = header ? Layout(flow, [.. Columns.Select(c => new TableCell(c.Header) { Bold = true })], widths, Style.Header) : new LaidOutRow([], 0);
        var pages = 0;
        var first = true;
        foreach (var row in rows)
        {
            var cells = Layout(flow, row, widths, Style.Body);
            if (first || flow.Y + cells.Height > flow.Geometry.ContentBottom)
            {
                flow.EnsureSpace(head.Height + cells.Height);
                if (!first && !flow.AtPageTop)
                {
                    flow.NewPage();
                }

                if (header)
                {
                    Draw(flow, head, widths, Style.HeaderFill);
                }

                pages++;
                first = false;
            }

            Draw(flow, cells, widths, null);
        }

        flow.Advance(6);
        return pages;
    }

    private double[] Widths(double total)
    {
        var sum = Columns.Sum(c => c.Weight);
        return [.. Columns.Select(c => total * c.Weight / sum)];
    }

    private LaidOutRow Layout(PageFlow flow, IReadOnlyList<TableCell> row, double[] widths, TextStyle plain)
    {
        var maxLines = Math.Max(1, (int)((flow.Geometry.ContentHeight / 2) / plain.LineHeight));
        var cells = new LaidOutCell[widths.Length];
        var height = 0.0;
        for (var i = 0; i < widths.Length; i++)
        {
            var cell = i < row.Count ? row[i] : new TableCell(string.Empty);
            var style = cell.Mono ? Style.Mono : cell.Bold && !ReferenceEquals(plain, Style.Header) ? Style.Bold : plain;
            var lines = TextWrapper.Wrap(cell.Text, style.Font, widths[i] - (2 * Style.Padding), flow.Measure);
            if (lines.Count > maxLines)
            {
                lines = [.. lines.Take(maxLines - 1), "…"];
            }

            cells[i] = new LaidOutCell(cell, style, lines);
            height = Math.Max(height, (lines.Count * style.LineHeight) + (2 * Style.Padding));
        }

        return new LaidOutRow(cells, height);
    }

    private void Draw(PageFlow flow, LaidOutRow row, double[] widths, XColor? rowFill)
    {
        var graphics = flow.Graphics;
        var x = flow.Left;
        for (var i = 0; i < row.Cells.Length; i++)
        {
            var cell = row.Cells[i];
            if ((cell.Cell.Fill ?? rowFill) is { } fill)
            {
                graphics.DrawRectangle(new XSolidBrush(fill), x, flow.Y, widths[i], row.Height);
            }

            var brush = cell.Cell.Color is { } color ? new XSolidBrush(color) : cell.Style.Brush;
            var y = flow.Y + Style.Padding;
            foreach (var line in cell.Lines)
            {
                graphics.DrawString(line, cell.Style.Font, brush, x + Style.Padding, y, XStringFormats.TopLeft);
                y += cell.Style.LineHeight;
            }

            x += widths[i];
        }

        if (row.Cells.Length == 0)
        {
            return;
        }

        graphics.DrawLine(new XPen(Style.Rule, 0.4), flow.Left, flow.Y + row.Height, flow.Left + flow.Width, flow.Y + row.Height);
        flow.Advance(row.Height);
    }

    private sealed record LaidOutCell(TableCell Cell, TextStyle Style, IReadOnlyList<string> Lines);

    private sealed record LaidOutRow(LaidOutCell[] Cells, double Height);
}
