using ComplianceAuditor.Cli.Retention;

namespace ComplianceAuditor.Cli.Serve.Monitoring;

/// <summary>
/// The newest audit recorded in a target's runs.json, re-read only when the file changed (last-write
/// time or length), so replicas sharing the out folder report runs any of them made. A file that cannot
/// be read keeps the last good answer and remembers why, so one bad write does not blank the metrics.
/// </summary>
internal sealed class RunIndexWatcher(string outFolder)
{
    private readonly Lock gate = new();
    private (DateTime WrittenAt, long Length)? seen;
    private LastRun? newest;

    public string OutFolder { get; } = outFolder;

    /// <summary>Why the last read failed; null after a good read or when there is no file.</summary>
    public string? Problem { get; private set; }

    /// <summary>Reads the file if it changed since the last call and returns the newest audit run in it.</summary>
    public LastRun? Refresh()
    {
        lock (gate)
        {
            var file = new FileInfo(Path.Combine(OutFolder, RunIndexJson.FileName));
            if (!file.Exists)
            {
                (seen, newest, Problem) = (null, null, null);
                return null;
            }

            var stamp = (file.LastWriteTimeUtc, file.Length);
            if (seen == stamp)
            {
                return newest;
            }

            seen = stamp;
            if (RunIndexJson.Read(file.FullName, out var error) is { } runs)
            {
                (newest, Problem) = (Newest(runs), null);
            }
            else
            {
                Problem = error;
            }

            return newest;
        }
    }

    /// <summary>Audits that wrote a folder (kept, pruned, tampered or gone since); unfinished runs and `report` folders are not runs of the schedule.</summary>
    private static LastRun? Newest(List<RunRecord> runs) => runs
        .Where(r => r.Kind == "audit" && r.Status != RunStatus.Incomplete && r.SortTime != DateTimeOffset.MinValue)
        .OrderBy(r => r.SortTime)
        .ThenBy(r => r.Folder, StringComparer.Ordinal)
        .Select(LastRun.FromRecord)
        .LastOrDefault();
}
