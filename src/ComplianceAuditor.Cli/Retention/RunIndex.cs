using ComplianceAuditor.Reports.Text;

namespace ComplianceAuditor.Cli.Retention;

/// <summary>
/// runs.json in the --out folder: the index read back and merged with the run folders on disk (a
/// folder not yet listed is read from its manifest and results.json), so it lists every run ever
/// made there, including those retention has since deleted.
/// </summary>
internal static class RunIndex
{
    public static List<RunRecord> Update(string root, string current, int exitCode, CliConsole console)
    {
        var path = Path.Combine(root, RunIndexJson.FileName);
        List<RunRecord>? known = null;
        if (File.Exists(path) && (known = RunIndexJson.Read(path, out var error)) is null)
        {
            console.Error.WriteLine(Printable.Escape($"warning: {error}; rebuilt from the run folders (runs already pruned are no longer listed)"));
        }

        var runs = new Dictionary<string, RunRecord>(StringComparer.Ordinal);
        foreach (var run in known ?? [])
        {
            runs[run.Folder] = run;
        }

        var present = Directory.EnumerateDirectories(root).Select(Path.GetFileName).OfType<string>().Where(RunFolderRecord.IsRunFolderName).ToHashSet(StringComparer.Ordinal);
        foreach (var name in present)
        {
            if (name == current)
            {
                runs[name] = RunFolderRecord.Read(root, name, exitCode);
            }
            else if (!runs.TryGetValue(name, out var run) || run.Status is RunStatus.Incomplete or RunStatus.Missing)
            {
                runs[name] = RunFolderRecord.Read(root, name);
            }
        }

        foreach (var run in runs.Values.Where(r => !present.Contains(r.Folder) && r.Status is not (RunStatus.Pruned or RunStatus.Missing)).ToList())
        {
            runs[run.Folder] = run with { Status = RunStatus.Missing };
        }

        return [.. runs.Values.OrderBy(r => r.SortTime).ThenBy(r => r.Folder, StringComparer.Ordinal)];
    }

    /// <summary>Written to a temporary file and renamed, so a reader never sees half an index.</summary>
    public static void Save(string root, IEnumerable<RunRecord> runs, CliConsole console) =>
        OutputTarget.Write(Path.Combine(root, RunIndexJson.FileName), console, stream => RunIndexJson.Write(stream, runs));
}
