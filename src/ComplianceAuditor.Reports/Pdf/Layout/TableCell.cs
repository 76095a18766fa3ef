using PdfSharp.Drawing;

namespace ComplianceAuditor.Reports.Pdf.Layout;

/// <summary>A cell's text, with an optional background, text colour and weight.</summary>
public sealed record TableCell(string Text)
{
    public XColor? Fill { get; init; }

    public XColor? Color { get; init; }

    public bool Bold { get; init; }

    public bool Mono { get; init; }

    public static implicit operator TableCell(string text) => new(text);

    public static TableCell FromString(string text) => new(text);
}
