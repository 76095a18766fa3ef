using PdfSharp.Drawing;

namespace ComplianceAuditor.Reports.Pdf.Layout;

/// <summary>How a table looks: body, bold and mono text, the header row and rules.</summary>
public sealed record TableStyle(TextStyle Body, TextStyle Bold, TextStyle Mono, TextStyle Header, XColor HeaderFill, XColor Rule)
{
    public double Padding { get; init; } = 3;
}
