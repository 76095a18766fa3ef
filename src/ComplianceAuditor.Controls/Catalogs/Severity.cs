namespace ComplianceAuditor.Controls.Catalogs;

/// <summary>A control's severity; its weight in scores is <see cref="SeverityWeights"/>.</summary>
public enum Severity
{
    Low,
    Medium,
    High,
    Critical,
}
