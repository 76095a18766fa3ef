using System.Collections.Immutable;

namespace ComplianceAuditor.Cli.Serve.Monitoring;

/// <summary>How one scheduled audit of a target ended, as the metrics report it.</summary>
/// <param name="Target">The target's name.</param>
/// <param name="StartedAt">When the job started: the time last_run_timestamp_seconds shows, like runs.json's createdAt for a run any replica made.</param>
/// <param name="Duration">Wall time of the whole run, reports and retention included.</param>
/// <param name="ExitCode">As `audit` would exit: 0, 1 (below --fail-under), 2 (could not complete).</param>
/// <param name="Scores">Score per framework id; empty when the audit did not complete, null values where nothing counted.</param>
/// <param name="Folder">The run folder written; null when none was.</param>
/// <param name="Abandoned">The service stopped mid-audit and the run was given up (its folder removed, the firing left for
/// another replica): counted as runs_total{result="abandoned"}, not as a failure, and not the last run.</param>
internal sealed record RunOutcome(
    string Target,
    DateTimeOffset StartedAt,
    TimeSpan Duration,
    int ExitCode,
    ImmutableSortedDictionary<string, double?> Scores,
    string? Folder,
    bool Abandoned = false);
