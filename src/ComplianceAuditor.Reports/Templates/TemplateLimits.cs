namespace ComplianceAuditor.Reports.Templates;

/// <summary>
/// How much of a control's findings a template report shows; what is left out is counted, and the
/// workbook (report.xlsx) holds it. A report stays readable for a 10,000-finding cluster.
/// </summary>
/// <param name="FindingsPerControl">Open (non-passing) findings shown per control.</param>
/// <param name="ItemsPerFinding">Flows, pods, policies or objects shown per finding, each.</param>
public sealed record TemplateLimits(int FindingsPerControl, int ItemsPerFinding)
{
    public static TemplateLimits Html { get; } = new(200, 10);

    public static TemplateLimits Markdown { get; } = new(5, 3);
}
