namespace ComplianceAuditor.Reports.Pdf;

/// <summary>
/// Caps that keep the PDF readable for a large cluster; everything cut here is in the workbook
/// (report.xlsx) and in results.json, and the PDF says how much was cut and where it is.
/// </summary>
public sealed record PdfReportOptions
{
    /// <summary>Flows, pods, policies or objects shown under one finding.</summary>
    public int EvidencePerFinding { get; init; } = 20;

    /// <summary>Findings shown with their evidence; the ones after these are listed one line each.</summary>
    public int DetailedFindings { get; init; } = 1000;

    /// <summary>Failing critical and high controls in the executive summary.</summary>
    public int TopGaps { get; init; } = 15;
}
