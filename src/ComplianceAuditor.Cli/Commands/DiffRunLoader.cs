using ComplianceAuditor.Reports.Manifest;
using ComplianceAuditor.Reports.Model;

namespace ComplianceAuditor.Cli.Commands;

/// <summary>
/// Reads one side of <c>diff</c>: a run folder (verified against its manifest.json first, exactly as
/// <c>verify</c> does, when it has one; also when its results.json is named) or a results.json. Null
/// with the reasons when it cannot be used.
/// </summary>
internal static class DiffRunLoader
{
    private const string ResultsFile = "results.json";

    public static AuditReport? Load(string label, string path, CliConsole console, out List<string> errors)
    {
        errors = [];
        if (Directory.Exists(path))
        {
            return LoadFolder(label, path, console, errors);
        }

        if (!File.Exists(path))
        {
            errors.Add($"{label} {path}: no such run folder or results.json");
            return null;
        }

        // A run folder's results.json named directly is verified with its folder all the same.
        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        if (Path.GetFileName(path) == ResultsFile && File.Exists(Path.Combine(folder, ManifestSchema.FileName)))
        {
            return LoadFolder(label, folder, console, errors);
        }

        return Read(label, path, errors);
    }

    private static AuditReport? LoadFolder(string label, string folder, CliConsole console, List<string> errors)
    {
        if (!File.Exists(Path.Combine(folder, ManifestSchema.FileName)))
        {
            console.Error.WriteLine($"warning: {label} {folder}: no {ManifestSchema.FileName}: its {ResultsFile} is read unverified");
            return Read(label, Path.Combine(folder, ResultsFile), errors);
        }

        var result = RunFolderVerifier.Verify(folder);
        if (result.Error is { } error)
        {
            errors.Add($"{label} {folder}: cannot verify the run folder: {error}");
            return null;
        }

        if (!result.Intact)
        {
            errors.Add($"{label} {folder}: the run folder is NOT INTACT ({result.Problems.Length} problem(s)); refusing to compare it:");
            errors.AddRange(result.Problems.Select(p => $"  {p}"));
            return null;
        }

        if (result.Manifest!.Files.All(f => f.Name != ResultsFile))
        {
            errors.Add($"{label} {folder}: the manifest lists no {ResultsFile}");
            return null;
        }

        return Read(label, Path.Combine(folder, ResultsFile), errors);
    }

    private static AuditReport? Read(string label, string path, List<string> errors)
    {
        var report = AuditReportReader.Read(path, out var error);
        if (report is null)
        {
            errors.Add($"{label} {error}");
        }

        return report;
    }
}
