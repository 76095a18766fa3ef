using ComplianceAuditor.Cli.Retention;

namespace ComplianceAuditor.Cli.Serve.Monitoring;

/// <summary>
/// The newest runs recorded in a target's runs.json, re-read only when the file changed (last-write
/// time or length), so replicas sharing the out folder report runs any of them made. A file that cannot
/// be read keeps the last good answer and remembers why, so one bad write does not blank the metrics.
/// </summary>
internal sealed class RunIndexWatcher(string outFolder)
{
    private readonly Lock gate = new();
    private (DateTime WrittenAt, long Length)? seen;
    private SharedRuns runs = SharedRuns.None;

    public string OutFolder { get; } = outFolder;

    /// <summary>Why the last read failed; null after a good read or when there is no file.</summary>
    public string? Problem { get; private set; }

    /// <summary>Reads the file if it changed since the last call.</summary>
    public SharedRuns Refresh()
    {
        lock (gate)
        {
            var file = new FileInfo(Path.Combine(OutFolder, RunIndexJson.FileName));
            if (!file.Exists)
            {
                (seen, runs, Problem) = (null, SharedRuns.None, null);
                return runs;
            }

            var stamp = (file.LastWriteTimeUtc, file.Length);
            if (seen == stamp)
            {
                return runs;
            }

            seen = stamp;
            if (RunIndexJson.Read(file.FullName, out var error) is { } records)
            {
                (runs, Problem) = (Newest(records), null);
            }
            else
            {
                Problem = error;
            }

            return runs;
        }
    }

    /// <summary>Audits that wrote a folder (kept, pruned, tampered or gone since); unfinished runs and `report` folders are not runs of the schedule.</summary>
    private static SharedRuns Newest(List<RunRecord> records)
    {
        var audits = records
            .Where(r => r.Kind == "audit" && r.Status != RunStatus.Incomplete && r.SortTime != DateTimeOffset.MinValue)
            .OrderBy(r => r.SortTime)
            .ThenBy(r => r.Folder, StringComparer.Ordinal)
            .Select(LastRun.FromRecord)
            .ToList();
        return new SharedRuns(audits.LastOrDefault(), audits.LastOrDefault(r => r.Succeeded));
    }
}
