using ComplianceAuditor.Reports.Manifest;
using ComplianceAuditor.Reports.Text;

namespace ComplianceAuditor.Cli.Retention;

/// <summary>
/// After a completed audit: updates runs.json, then prunes the run folders the policy lets go. A
/// folder is deleted only when verify finds it intact and its manifest is the one runs.json recorded;
/// anything else is evidence that something changed, so it stays and is reported.
/// </summary>
internal static class RunRetention
{
    /// <summary>Returns <paramref name="exitCode"/> unchanged: retention reports its problems but never fails a completed audit.</summary>
    public static int Apply(string runFolder, int exitCode, RetentionPolicy policy, CliConsole console)
    {
        var root = Path.GetDirectoryName(Path.GetFullPath(runFolder)) ?? runFolder;
        var current = Path.GetFileName(Path.GetFullPath(runFolder));
        try
        {
            var runs = RunIndex.Update(root, current, exitCode, console);
            RunIndex.Save(root, runs, console);
            if (policy.Prunes)
            {
                RunIndex.Save(root, Prune(root, current, runs, policy, console), console);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            console.Error.WriteLine(Printable.Escape($"warning: retention: {e.Message}; the run folder {runFolder} is complete"));
        }

        return exitCode;
    }

    private static List<RunRecord> Prune(string root, string current, List<RunRecord> runs, RetentionPolicy policy, CliConsole console)
    {
        var now = console.Time.GetUtcNow();
        var result = runs.ToDictionary(r => r.Folder, StringComparer.Ordinal);
        var present = runs.Where(r => r.Status is RunStatus.Kept or RunStatus.Tampered)
            .OrderByDescending(r => r.SortTime).ThenByDescending(r => r.Folder, StringComparer.Ordinal).ToList();
        for (var rank = 0; rank < present.Count; rank++)
        {
            var run = present[rank];
            if (run.Folder != current && policy.Expired(rank, run.SortTime, now))
            {
                result[run.Folder] = PruneOne(Path.Combine(root, run.Folder), run, now, console);
            }
        }

        foreach (var run in runs.Where(r => r.Status == RunStatus.Incomplete))
        {
            console.Error.WriteLine(Printable.Escape($"retention: left {Path.Combine(root, run.Folder)} in place: it has no readable {ManifestSchema.FileName} (an unfinished or failed run?)"));
        }

        return [.. runs.Select(r => result[r.Folder])];
    }

    private static RunRecord PruneOne(string folder, RunRecord run, DateTimeOffset now, CliConsole console)
    {
        var verified = RunFolderVerifier.Verify(folder);
        List<string> problems = [.. verified.Error is { } error ? [error] : Array.Empty<string>(), .. verified.Problems];
        if (run.ManifestSha256 is { } recorded && verified.ManifestSha256 is { } found && recorded != found)
        {
            problems.Insert(0, $"changed: {ManifestSchema.FileName}: runs.json recorded sha256 {recorded}, found {found}");
        }

        if (problems.Count > 0)
        {
            console.Error.WriteLine(Printable.Escape($"retention: NOT pruned {folder}: verify found {problems.Count} problem(s), kept as evidence: {string.Join("; ", problems)}"));
            return run with { Status = RunStatus.Tampered, Problems = [.. problems] };
        }

        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            console.Error.WriteLine(Printable.Escape($"warning: retention: could not prune {folder}: {e.Message}"));
            return run;
        }

        console.Output.Write(Printable.Escape($"retention: pruned {folder} ({run.Kind} of {UtcTime.Text(run.SortTime)}, verified intact)") + "\n");
        return run with { Status = RunStatus.Pruned, PrunedAt = now, Problems = [] };
    }
}
