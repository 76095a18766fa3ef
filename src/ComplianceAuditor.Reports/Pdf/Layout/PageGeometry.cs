namespace ComplianceAuditor.Reports.Pdf.Layout;

/// <summary>Page size and margins in points; the running header and footer sit inside the margins.</summary>
public sealed record PageGeometry(double Width, double Height, double Margin, double TopMargin, double BottomMargin)
{
    /// <summary>A4 portrait.</summary>
    public static PageGeometry A4 { get; } = new(595.276, 841.89, 48, 64, 56);

    public double ContentTop => TopMargin;

    public double ContentBottom => Height - BottomMargin;

    public double ContentWidth => Width - (2 * Margin);

    public double ContentHeight => ContentBottom - ContentTop;
}
