namespace ComplianceAuditor.Reports.Manifest;

/// <summary>The version of manifest.json's shape: bump on any change, and readers refuse any other.</summary>
public static class ManifestSchema
{
    public const string Version = "1.0";

    public const string FileName = "manifest.json";
}
