using System.Collections.Immutable;

namespace ComplianceAuditor.Cli.Serve.Monitoring;

/// <summary>How one scheduled audit of a target ended, as the metrics report it.</summary>
/// <param name="Target">The target's name.</param>
/// <param name="Cluster">What runs.json calls the cluster (API server or input files); null when the audit did not get that far.</param>
/// <param name="StartedAt">When the job started.</param>
/// <param name="Duration">Wall time of the whole run, reports and retention included.</param>
/// <param name="ExitCode">As `audit` would exit: 0, 1 (below --fail-under), 2 (could not complete).</param>
/// <param name="Scores">Score per framework id; empty when the audit did not complete, null values where nothing counted.</param>
/// <param name="Folder">The run folder written; null when none was.</param>
internal sealed record RunOutcome(
    string Target,
    string? Cluster,
    DateTimeOffset StartedAt,
    TimeSpan Duration,
    int ExitCode,
    ImmutableSortedDictionary<string, double?> Scores,
    string? Folder);
