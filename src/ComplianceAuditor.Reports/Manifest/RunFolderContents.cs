namespace ComplianceAuditor.Reports.Manifest;

/// <summary>The files of a run folder as the manifest names them: every file but manifest.json, in subfolders too.</summary>
public static class RunFolderContents
{
    /// <summary>Relative paths with '/' separators, in ordinal order, so the manifest is the same on every platform.</summary>
    public static IReadOnlyList<string> Names(string folder) =>
        [.. Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(folder, path).Replace(Path.DirectorySeparatorChar, '/'))
            .Where(name => name != ManifestSchema.FileName)
            .Order(StringComparer.Ordinal)];

    public static IReadOnlyList<ManifestEntry> Hash(string folder) =>
        [.. Names(folder).Select(name =>
        {
            var (bytes, sha256) = FileHash.Of(Path.Combine(folder, name));
            return new ManifestEntry(name, bytes, sha256);
        })];
}
