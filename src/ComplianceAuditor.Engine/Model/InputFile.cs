namespace ComplianceAuditor.Engine.Model;

/// <summary>
/// A file the objects were read from, as it was on disk: an auditor can match results to the exact
/// dump or snapshot by its SHA-256.
/// </summary>
/// <param name="Path">The path as it was given or found (directories are expanded).</param>
/// <param name="Sha256">Lowercase hex SHA-256 of the file's bytes (compressed bytes for .gz).</param>
/// <param name="Bytes">The file's size.</param>
public sealed record InputFile(string Path, string Sha256, long Bytes);
