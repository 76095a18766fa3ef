namespace ComplianceAuditor.Engine.Model;

/// <summary>
/// The annotations the analysis keeps and evidence may show. Everything else is dropped when an
/// object is read: annotations such as kubectl.kubernetes.io/last-applied-configuration hold
/// whole objects, secrets included.
/// </summary>
public static class AnnotationAllowList
{
    /// <summary>Our own annotations: justifications, review dates, owners.</summary>
    public const string OwnPrefix = "compliance-auditor.io/";

    private static readonly HashSet<string> Exact = new(StringComparer.Ordinal)
    {
        "kubernetes.io/description",
        "description",
    };

    public static bool Allows(string key) =>
        key.StartsWith(OwnPrefix, StringComparison.Ordinal) || Exact.Contains(key);
}
