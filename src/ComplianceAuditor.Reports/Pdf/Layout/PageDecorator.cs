using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace ComplianceAuditor.Reports.Pdf.Layout;

/// <summary>
/// Draws the running header and the footer with "page i of n" once every page exists, so n is
/// known: the second pass over the finished pages.
/// </summary>
public static class PageDecorator
{
    public static void Decorate(PdfDocument document, PageGeometry geometry, TextStyle style, string header, string footer)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(geometry);
        ArgumentNullException.ThrowIfNull(style);
        var pen = new XPen(style.Color, 0.4);
        var count = document.PageCount;
        for (var i = 0; i < count; i++)
        {
            using var graphics = XGraphics.FromPdfPage(document.Pages[i], XGraphicsPdfPageOptions.Append);
            var right = geometry.Width - geometry.Margin;
            if (i > 0)
            {
                var top = geometry.TopMargin - 24;
                graphics.DrawString(header, style.Font, style.Brush, geometry.Margin, top, XStringFormats.TopLeft);
                graphics.DrawLine(pen, geometry.Margin, top + style.LineHeight + 2, right, top + style.LineHeight + 2);
            }

            var bottom = geometry.ContentBottom + 18;
            graphics.DrawLine(pen, geometry.Margin, bottom - 4, right, bottom - 4);
            graphics.DrawString(footer, style.Font, style.Brush, geometry.Margin, bottom, XStringFormats.TopLeft);
            graphics.DrawString(PageLabel(i + 1, count), style.Font, style.Brush, right, bottom, XStringFormats.TopRight);
        }
    }

    public static string PageLabel(int page, int count) => $"page {page} of {count}";
}
