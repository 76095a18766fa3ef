using PdfSharp.Drawing;

namespace ComplianceAuditor.Reports.Pdf.Layout;

/// <summary>Paragraphs, headings and label/value lines written at the flow's position.</summary>
public static class TextBlocks
{
    /// <summary>
    /// Wrapped text; lines continue on the next page when the page is full, unless
    /// <paramref name="keepTogether"/> asks for a paragraph of up to half a page to move whole.
    /// </summary>
    public static void Paragraph(PageFlow flow, string text, TextStyle style, double indent = 0, double spaceAfter = 4, bool keepTogether = false)
    {
        ArgumentNullException.ThrowIfNull(flow);
        ArgumentNullException.ThrowIfNull(style);
        var lines = TextWrapper.Wrap(text, style.Font, flow.Width - indent, flow.Measure);
        if (keepTogether && lines.Count * style.LineHeight <= flow.Geometry.ContentHeight / 2)
        {
            flow.EnsureSpace(lines.Count * style.LineHeight);
        }

        foreach (var line in lines)
        {
            flow.EnsureSpace(style.LineHeight);
            flow.Graphics.DrawString(line, style.Font, style.Brush, flow.Left + indent, flow.Y, XStringFormats.TopLeft);
            flow.Advance(style.LineHeight);
        }

        flow.Advance(spaceAfter);
    }

    /// <summary>
    /// A heading with an outline entry. It is never left alone at the foot of a page:
    /// <paramref name="keepWithNext"/> points of what follows must fit below it.
    /// </summary>
    public static void Heading(PageFlow flow, string text, TextStyle style, int level, double keepWithNext = 60)
    {
        ArgumentNullException.ThrowIfNull(flow);
        ArgumentNullException.ThrowIfNull(style);
        var lines = TextWrapper.Wrap(text, style.Font, flow.Width, flow.Measure);
        flow.EnsureSpace((lines.Count * style.LineHeight) + keepWithNext);
        flow.Bookmark(text, level);
        foreach (var line in lines)
        {
            flow.Graphics.DrawString(line, style.Font, style.Brush, flow.Left, flow.Y, XStringFormats.TopLeft);
            flow.Advance(style.LineHeight);
        }

        if (level == 0)
        {
            flow.Graphics.DrawLine(new XPen(style.Color, 0.8), flow.Left, flow.Y + 1, flow.Left + flow.Width, flow.Y + 1);
            flow.Advance(6);
        }

        flow.Advance(4);
    }

    /// <summary>A bold label in a fixed-width column and its wrapped value beside it, kept together.</summary>
    public static void LabelValue(PageFlow flow, string label, string value, TextStyle labelStyle, TextStyle valueStyle, double labelWidth = 130)
    {
        ArgumentNullException.ThrowIfNull(flow);
        ArgumentNullException.ThrowIfNull(labelStyle);
        ArgumentNullException.ThrowIfNull(valueStyle);
        var lines = TextWrapper.Wrap(value, valueStyle.Font, flow.Width - labelWidth, flow.Measure);
        flow.EnsureSpace(Math.Min(lines.Count * valueStyle.LineHeight, flow.Geometry.ContentHeight / 2));
        flow.Graphics.DrawString(label, labelStyle.Font, labelStyle.Brush, flow.Left, flow.Y, XStringFormats.TopLeft);
        foreach (var line in lines)
        {
            flow.EnsureSpace(valueStyle.LineHeight);
            flow.Graphics.DrawString(line, valueStyle.Font, valueStyle.Brush, flow.Left + labelWidth, flow.Y, XStringFormats.TopLeft);
            flow.Advance(valueStyle.LineHeight);
        }

        flow.Advance(2);
    }
}
