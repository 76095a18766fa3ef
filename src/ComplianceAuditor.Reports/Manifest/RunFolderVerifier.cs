namespace ComplianceAuditor.Reports.Manifest;

/// <summary>
/// Recomputes a run folder against its manifest.json: every listed file must be there with the same
/// size and SHA-256, and no other file may have been added.
/// </summary>
public static class RunFolderVerifier
{
    /// <summary>The outcome; <see cref="VerifyResult.Error"/> is set when the manifest itself cannot be read.</summary>
    public static VerifyResult Verify(string folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        var path = Path.Combine(folder, ManifestSchema.FileName);
        if (!Directory.Exists(folder))
        {
            return new VerifyResult(null, null, $"{folder}: no such run folder", []);
        }

        if (!File.Exists(path))
        {
            return new VerifyResult(null, null, $"{path}: missing: the folder has no manifest (an unfinished or failed run?)", []);
        }

        var manifestSha256 = FileHash.Of(path).Sha256;
        if (RunManifestJson.Read(path, out var error) is not { } manifest)
        {
            return new VerifyResult(null, manifestSha256, error, []);
        }

        return new VerifyResult(manifest, manifestSha256, null, [.. Problems(folder, manifest)]);
    }

    private static List<string> Problems(string folder, RunManifest manifest)
    {
        var problems = new List<string>();
        foreach (var file in manifest.Files)
        {
            var path = Path.Combine(folder, file.Name);
            if (!File.Exists(path))
            {
                problems.Add($"missing: {file.Name}");
                continue;
            }

            var (bytes, sha256) = FileHash.Of(path);
            if (bytes != file.Bytes || sha256 != file.Sha256)
            {
                problems.Add($"changed: {file.Name}: expected {file.Bytes} bytes, sha256 {file.Sha256}; found {bytes} bytes, sha256 {sha256}");
            }
        }

        var listed = manifest.Files.Select(f => f.Name).ToHashSet(StringComparer.Ordinal);
        problems.AddRange(RunFolderContents.Names(folder).Where(name => !listed.Contains(name)).Select(name => $"unexpected: {name} (not in the manifest)"));
        return problems;
    }
}
