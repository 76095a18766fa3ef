namespace ComplianceAuditor.Controls.Catalogs;

/// <summary>How much each severity weighs in framework and namespace scores (documented in controls/README.md).</summary>
public static class SeverityWeights
{
    public static int Of(Severity severity) => severity switch
    {
        Severity.Critical => 10,
        Severity.High => 6,
        Severity.Medium => 3,
        _ => 1,
    };
}
