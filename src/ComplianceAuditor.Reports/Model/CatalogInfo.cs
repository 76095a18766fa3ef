namespace ComplianceAuditor.Reports.Model;

/// <summary>The catalog file a framework's controls were read from, and its SHA-256.</summary>
public sealed record CatalogInfo(string File, string Sha256);
