using PdfSharp.Drawing;

namespace ComplianceAuditor.Reports.Pdf.Layout;

/// <summary>
/// Text widths from the fonts' own metrics. PDFsharp neither kerns nor shapes, so a string is as
/// wide as the sum of its characters' advances: those are measured once per font and character,
/// which keeps wrapping a large report cheap.
/// </summary>
public sealed class TextMeasure : IDisposable
{
    private readonly XGraphics _context = XGraphics.CreateMeasureContext(new XSize(2000, 2000), XGraphicsUnit.Point, XPageDirection.Downwards);
    private readonly Dictionary<XFont, Dictionary<char, double>> _advances = [];

    public double Width(string text, XFont font)
    {
        ArgumentNullException.ThrowIfNull(text);
        var advances = Advances(font);
        var width = 0.0;
        foreach (var c in text)
        {
            if (!advances.TryGetValue(c, out var advance))
            {
                advance = _context.MeasureString(c.ToString(), font).Width;
                advances[c] = advance;
            }

            width += advance;
        }

        return width;
    }

    public void Dispose() => _context.Dispose();

    private Dictionary<char, double> Advances(XFont font)
    {
        if (!_advances.TryGetValue(font, out var advances))
        {
            advances = [];
            _advances[font] = advances;
        }

        return advances;
    }
}
