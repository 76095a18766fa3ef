using ComplianceAuditor.Reports.Pdf.Layout;
using PdfSharp.Drawing;

namespace ComplianceAuditor.Reports.Pdf;

/// <summary>The report's type scale and colours, made once per rendering.</summary>
internal sealed class ReportStyle
{
    public static readonly XColor Ink = XColor.FromArgb(0x21, 0x25, 0x29);
    public static readonly XColor Muted = XColor.FromArgb(0x5F, 0x66, 0x6D);
    public static readonly XColor Accent = XColor.FromArgb(0x1F, 0x3A, 0x5F);
    public static readonly XColor Rule = XColor.FromArgb(0xC8, 0xCD, 0xD2);
    public static readonly XColor HeaderFill = XColor.FromArgb(0xE6, 0xEA, 0xEF);

    public TextStyle Title { get; } = TextStyle.Of(ReportFontResolver.Sans, 24, bold: true, Accent);

    public TextStyle H1 { get; } = TextStyle.Of(ReportFontResolver.Sans, 15, bold: true, Accent);

    public TextStyle H2 { get; } = TextStyle.Of(ReportFontResolver.Sans, 11.5, bold: true, Accent);

    public TextStyle H3 { get; } = TextStyle.Of(ReportFontResolver.Sans, 9.5, bold: true, Ink);

    public TextStyle Body { get; } = TextStyle.Of(ReportFontResolver.Sans, 9, color: Ink);

    public TextStyle Bold { get; } = TextStyle.Of(ReportFontResolver.Sans, 9, bold: true, Ink);

    public TextStyle Small { get; } = TextStyle.Of(ReportFontResolver.Sans, 7.5, color: Muted);

    public TextStyle Cell { get; } = TextStyle.Of(ReportFontResolver.Sans, 7.8, color: Ink);

    public TextStyle CellBold { get; } = TextStyle.Of(ReportFontResolver.Sans, 7.8, bold: true, Ink);

    public TextStyle CellMono { get; } = TextStyle.Of(ReportFontResolver.Mono, 7.2, color: Ink);

    public TextStyle CellHeader { get; } = TextStyle.Of(ReportFontResolver.Sans, 7.8, bold: true, Accent);

    public TableStyle Table => new(Cell, CellBold, CellMono, CellHeader, HeaderFill, Rule);
}
