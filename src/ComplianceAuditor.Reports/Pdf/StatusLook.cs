using ComplianceAuditor.Reports.Pdf.Layout;
using PdfSharp.Drawing;

namespace ComplianceAuditor.Reports.Pdf;

/// <summary>
/// Status cells: the status word as results.json has it, in a colour and on a tint, so the
/// status reads without colour (print, colour blindness) and matches the other formats.
/// </summary>
internal static class StatusLook
{
    public static XColor Text(string status) => status switch
    {
        "pass" => XColor.FromArgb(0x1B, 0x6E, 0x34),
        "fail" => XColor.FromArgb(0xA8, 0x1E, 0x1E),
        "waived" => XColor.FromArgb(0x4B, 0x3D, 0x8F),
        "not-evaluated" => XColor.FromArgb(0x85, 0x55, 0x00),
        _ => XColor.FromArgb(0x5F, 0x66, 0x6D),
    };

    public static XColor Tint(string status) => status switch
    {
        "pass" => XColor.FromArgb(0xDF, 0xF1, 0xE4),
        "fail" => XColor.FromArgb(0xF8, 0xDD, 0xDB),
        "waived" => XColor.FromArgb(0xE7, 0xE3, 0xF6),
        "not-evaluated" => XColor.FromArgb(0xFD, 0xEF, 0xC8),
        _ => XColor.FromArgb(0xEE, 0xEF, 0xF1),
    };

    public static TableCell Cell(string status) => new(status) { Fill = Tint(status), Color = Text(status), Bold = true };

    public static TableCell Severity(string severity) => severity switch
    {
        "critical" => new(severity) { Color = XColor.FromArgb(0xA8, 0x1E, 0x1E), Bold = true },
        "high" => new(severity) { Color = XColor.FromArgb(0xB3, 0x4D, 0x00), Bold = true },
        _ => new(severity),
    };
}
