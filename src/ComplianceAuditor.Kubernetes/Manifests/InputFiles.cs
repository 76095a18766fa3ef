using ComplianceAuditor.Engine.Diagnostics;

namespace ComplianceAuditor.Kubernetes.Manifests;

/// <summary>
/// Expands the paths given on the command line into files: a file is read whatever its extension;
/// a directory is searched recursively for *.yaml, *.yml and *.json (case-sensitive, as the
/// patterns are written) in ordinal path order, without following symlinked directories (they
/// can loop, or pull in another tree). A file reached twice, by path or through a symlink, is
/// read once.
/// </summary>
internal static class InputFiles
{
    private static readonly string[] Extensions = [".yaml", ".yml", ".json"];

    private static readonly EnumerationOptions Options = new()
    {
        RecurseSubdirectories = false,
        AttributesToSkip = 0,
        IgnoreInaccessible = false,
        ReturnSpecialDirectories = false,
    };

    public static List<string> Expand(IEnumerable<string> paths, List<Diagnostic> diagnostics)
    {
        var files = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            if (File.Exists(path))
            {
                AddOnce(files, seen, path);
            }
            else if (Directory.Exists(path))
            {
                var found = new List<string>();
                Collect(path, found, diagnostics);
                found.Sort(StringComparer.Ordinal);
                found.ForEach(file => AddOnce(files, seen, file));
            }
            else
            {
                diagnostics.Add(new Diagnostic(DiagnosticSeverity.Error, $"no such file or directory: '{path}'", new SourceLocation(path, 0, 0, 0)));
            }
        }

        return files;
    }

    /// <summary>JSON by extension, looking through a .gz suffix (snapshot.json.gz).</summary>
    public static bool IsJson(string path)
    {
        var name = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? path[..^3] : path;
        return Path.GetExtension(name).Equals(".json", StringComparison.OrdinalIgnoreCase);
    }

    private static void Collect(string directory, List<string> found, List<Diagnostic> diagnostics)
    {
        try
        {
            foreach (var file in Directory.EnumerateFiles(directory, "*", Options))
            {
                if (Extensions.Contains(Path.GetExtension(file), StringComparer.Ordinal))
                {
                    found.Add(file);
                }
            }

            foreach (var child in Directory.EnumerateDirectories(directory, "*", Options))
            {
                if (new DirectoryInfo(child).LinkTarget is null)
                {
                    Collect(child, found, diagnostics);
                }
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(new Diagnostic(DiagnosticSeverity.Error, $"cannot list directory: {exception.Message}", new SourceLocation(directory, 0, 0, 0)));
        }
    }

    private static void AddOnce(List<string> files, HashSet<string> seen, string file)
    {
        var target = new FileInfo(file).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? Path.GetFullPath(file);
        if (seen.Add(target))
        {
            files.Add(file);
        }
    }
}
