using ComplianceAuditor.Engine.Diagnostics;
using ComplianceAuditor.Kubernetes.Manifests.Decoding;

namespace ComplianceAuditor.Kubernetes.Manifests;

/// <summary>
/// Loads Kubernetes manifests and <c>kubectl get -o yaml|json</c> dumps into a validated
/// <see cref="Engine.Model.ClusterSnapshot"/>. Every problem in every file is reported; an object
/// with an error is left out of the snapshot and <see cref="LoadResult.HasErrors"/> is set.
/// </summary>
public static class ManifestLoader
{
    /// <summary>
    /// Reads files and directories. Directories are searched recursively for *.yaml, *.yml and
    /// *.json in ordinal path order, not following symlinked directories; a file named explicitly
    /// is read whatever its extension (.json as JSON, anything else as YAML).
    /// </summary>
    public static LoadResult Load(IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var diagnostics = new List<Diagnostic>();
        var files = InputFiles.Expand(paths, diagnostics);
        var accumulator = new SnapshotAccumulator(diagnostics);
        foreach (var file in files)
        {
            ManifestFile.Read(file, accumulator, diagnostics);
        }

        return Result(accumulator, diagnostics, files);
    }

    /// <summary>Parses one file's text as if read from <paramref name="fileName"/> (for stdin and tests).</summary>
    public static LoadResult LoadText(string fileName, string text)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        ArgumentNullException.ThrowIfNull(text);
        var diagnostics = new List<Diagnostic>();
        var accumulator = new SnapshotAccumulator(diagnostics);
        ManifestFile.ReadText(fileName, text, accumulator, diagnostics);
        return Result(accumulator, diagnostics, [fileName]);
    }

    /// <summary>Parses a file's bytes as if read from <paramref name="fileName"/>: a snapshot taken live, for one.</summary>
    public static LoadResult LoadBytes(string fileName, byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        ArgumentNullException.ThrowIfNull(bytes);
        var diagnostics = new List<Diagnostic>();
        var accumulator = new SnapshotAccumulator(diagnostics);
        ManifestFile.ReadBytes(fileName, bytes, accumulator, diagnostics);
        return Result(accumulator, diagnostics, [fileName]);
    }

    private static LoadResult Result(SnapshotAccumulator accumulator, List<Diagnostic> diagnostics, List<string> files)
    {
        var fileOrder = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < files.Count; i++)
        {
            fileOrder.TryAdd(files[i], i);
        }

        // Stable: diagnostics at the same place keep the order they were found in.
        var sorted = diagnostics
            .OrderBy(d => d.Location is { } location && fileOrder.TryGetValue(location.File, out var index) ? index : -1)
            .ThenBy(d => d.Location?.Document ?? 0)
            .ThenBy(d => d.Location?.Line ?? 0)
            .ThenBy(d => d.Location?.Column ?? 0)
            .ToList();
        return new LoadResult(accumulator.ToSnapshot(), sorted, files);
    }
}
