using ComplianceAuditor.Reports.Pdf.Layout;
using PdfSharp.Drawing;

namespace ComplianceAuditor.Reports.Tests.Pdf;

internal static class Styles
{
    public static TextStyle Body { get; } = TextStyle.Of(ReportFontResolver.Sans, 9);

    public static TextStyle Small { get; } = TextStyle.Of(ReportFontResolver.Sans, 7);

    public static TableStyle Table { get; } = new(
        Body, TextStyle.Of(ReportFontResolver.Sans, 9, bold: true), TextStyle.Of(ReportFontResolver.Mono, 8), TextStyle.Of(ReportFontResolver.Sans, 9, bold: true), XColors.LightGray, XColors.Gray);
}
