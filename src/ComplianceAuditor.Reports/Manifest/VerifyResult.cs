using System.Collections.Immutable;

namespace ComplianceAuditor.Reports.Manifest;

/// <summary>
/// What <see cref="RunFolderVerifier"/> found: the manifest and its own SHA-256 (to compare with the
/// one recorded when the run was made), or why it could not be read, and every problem with the files.
/// </summary>
public sealed record VerifyResult(RunManifest? Manifest, string? ManifestSha256, string? Error, ImmutableArray<string> Problems)
{
    public bool Intact => Error is null && Problems.IsEmpty;
}
