using PdfSharp.Drawing;

namespace ComplianceAuditor.Reports.Pdf.Layout;

/// <summary>A font, a colour and the distance between baselines of wrapped lines.</summary>
public sealed record TextStyle(XFont Font, XColor Color)
{
    public double LineHeight { get; } = Font.GetHeight() * 1.05;

    public XBrush Brush { get; } = new XSolidBrush(Color);

    /// <summary>A style in one of the shipped fonts; installs their resolver first, since PDFsharp fixes it at the first font made.</summary>
    public static TextStyle Of(string family, double size, bool bold = false, XColor? color = null)
    {
        ReportFonts.Install();
        return new(new XFont(family, size, bold ? XFontStyleEx.Bold : XFontStyleEx.Regular), color ?? XColors.Black);
    }
}
