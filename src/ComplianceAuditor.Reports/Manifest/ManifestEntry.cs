namespace ComplianceAuditor.Reports.Manifest;

/// <summary>A file of the run folder: its path relative to the folder, size and SHA-256 (lowercase hex).</summary>
public sealed record ManifestEntry(string Name, long Bytes, string Sha256);
