using System.Collections.Immutable;
using ComplianceAuditor.Cli.Retention;

namespace ComplianceAuditor.Cli.Serve.Monitoring;

/// <summary>
/// One run of a target as the metrics show it, whether this process made it (a <see cref="RunOutcome"/>)
/// or any replica did (a record in the target's runs.json).
/// </summary>
/// <param name="StartedAt">When the run started: for a local run the job's start, for a runs.json record its createdAt (the
/// audit's clock reading when it began, which names its folder). Both are starts, so runs made here and by other replicas
/// order alike.</param>
/// <param name="ExitCode">Null for a record runs.json rebuilt from the folder.</param>
/// <param name="Duration">Only known for runs made by this process.</param>
/// <param name="Folder">The run folder's name (not path); null when the run wrote none.</param>
internal sealed record LastRun(
    DateTimeOffset StartedAt,
    int? ExitCode,
    TimeSpan? Duration,
    ImmutableSortedDictionary<string, double?> Scores,
    string? Folder)
{
    /// <summary>The audit completed (exit 0, or 1 below the threshold): its scores are worth showing.</summary>
    public bool Succeeded => ExitCode is null or 0 or 1;

    public static LastRun FromOutcome(RunOutcome outcome) => new(
        outcome.StartedAt,
        outcome.ExitCode,
        outcome.Duration,
        outcome.Scores,
        outcome.Folder is { } folder ? Path.GetFileName(Path.TrimEndingDirectorySeparator(folder)) : null);

    public static LastRun FromRecord(RunRecord record) =>
        new(record.SortTime, record.ExitCode, null, record.Scores, record.Folder);

    /// <summary>
    /// The newer of a run made here and the newest in runs.json. The same run seen both ways (same folder)
    /// takes the record's values, so every replica shows the same time and scores, and keeps the duration
    /// only this process knows. On a tie the record wins, for the same reason.
    /// </summary>
    public static LastRun? Newer(LastRun? local, LastRun? shared)
    {
        if (local is null || shared is null)
        {
            return local ?? shared;
        }

        if (local.Folder is not null && string.Equals(local.Folder, shared.Folder, StringComparison.Ordinal))
        {
            return shared with { Duration = local.Duration, ExitCode = shared.ExitCode ?? local.ExitCode };
        }

        return local.StartedAt > shared.StartedAt ? local : shared;
    }
}
