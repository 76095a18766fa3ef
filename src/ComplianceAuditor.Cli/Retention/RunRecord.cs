using System.Collections.Immutable;

namespace ComplianceAuditor.Cli.Retention;

/// <summary>
/// One run in runs.json: enough to draw a trend (time, cluster, score per framework) after the run
/// folder itself has been pruned, and the manifest's SHA-256 recorded when the run was made, so a
/// later manifest swap is caught before a folder is trusted.
/// </summary>
internal sealed record RunRecord
{
    /// <summary>The run folder's name inside the --out folder (audit-&lt;UTC&gt; or report-&lt;UTC&gt;).</summary>
    public required string Folder { get; init; }

    /// <summary>"audit" or "report"; null when the folder has no readable manifest.</summary>
    public string? Kind { get; init; }

    public DateTimeOffset? AuditedAt { get; init; }

    /// <summary>When the folder was written; retention ages and orders runs by this.</summary>
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>The API server of a live snapshot, else the audited input files.</summary>
    public string? Cluster { get; init; }

    /// <summary>Score per framework id; null where nothing counted.</summary>
    public ImmutableSortedDictionary<string, double?> Scores { get; init; } = ImmutableSortedDictionary<string, double?>.Empty.WithComparers(StringComparer.Ordinal);

    public string? ManifestSha256 { get; init; }

    /// <summary>The audit's exit code (0 or 1) when this tool recorded the run; null when rebuilt from the folder.</summary>
    public int? ExitCode { get; init; }

    /// <summary>One of <see cref="RunStatus"/>.</summary>
    public required string Status { get; init; }

    public DateTimeOffset? PrunedAt { get; init; }

    /// <summary>What verify found wrong with a tampered or incomplete folder.</summary>
    public ImmutableArray<string> Problems { get; init; } = [];

    /// <summary>Time to order runs by: when written, else when audited, else never (oldest).</summary>
    public DateTimeOffset SortTime => CreatedAt ?? AuditedAt ?? DateTimeOffset.MinValue;
}
