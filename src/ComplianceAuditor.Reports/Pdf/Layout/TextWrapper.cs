using ComplianceAuditor.Reports.Text;
using PdfSharp.Drawing;

namespace ComplianceAuditor.Reports.Pdf.Layout;

/// <summary>
/// Breaks text into lines no wider than a width: at spaces first, and a token wider than a whole
/// line (a long pod or policy name) after its last '-', '/', '.', '_', ':' or '@' that fits, or else
/// between any two characters, so nothing ever runs past a column.
/// </summary>
public static class TextWrapper
{
    private const string BreakAfter = "-/._:,=@";

    public static IReadOnlyList<string> Wrap(string text, XFont font, double width, TextMeasure measure)
    {
        ArgumentNullException.ThrowIfNull(measure);
        var lines = new List<string>();
        foreach (var paragraph in (text ?? string.Empty).Split('\n'))
        {
            WrapParagraph(Printable.Escape(paragraph.TrimEnd('\r')), font, width, measure, lines);
        }

        return lines;
    }

    private static void WrapParagraph(string text, XFont font, double width, TextMeasure measure, List<string> lines)
    {
        var space = measure.Width(" ", font);
        var line = string.Empty;
        var lineWidth = 0.0;
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var token = word;
            var tokenWidth = measure.Width(token, font);
            if (line.Length > 0 && lineWidth + space + tokenWidth <= width)
            {
                line += " " + token;
                lineWidth += space + tokenWidth;
                continue;
            }

            if (line.Length > 0)
            {
                lines.Add(line);
            }

            while (tokenWidth > width)
            {
                var cut = Cut(token, font, width, measure);
                lines.Add(token[..cut]);
                token = token[cut..];
                tokenWidth = measure.Width(token, font);
            }

            line = token;
            lineWidth = tokenWidth;
        }

        lines.Add(line);
    }

    /// <summary>How many leading characters of <paramref name="token"/> go on a line of their own.</summary>
    private static int Cut(string token, XFont font, double width, TextMeasure measure)
    {
        var fits = 0;
        var used = 0.0;
        while (fits < token.Length)
        {
            var next = measure.Width(token[fits].ToString(), font);
            if (used + next > width)
            {
                break;
            }

            used += next;
            fits++;
        }

        fits = Math.Max(fits, 1);
        if (fits > 1 && char.IsHighSurrogate(token[fits - 1]))
        {
            fits--;
        }

        var soft = token.LastIndexOfAny(BreakAfter.ToCharArray(), fits - 1);
        return soft >= 2 ? soft + 1 : fits;
    }
}
