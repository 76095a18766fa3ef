using System.Collections.Immutable;

namespace ComplianceAuditor.Reports.Rendering;

/// <summary>
/// One run of the audited target in a report's score trend: when it audited, its run folder and
/// its score per framework id. The caller reads these from its run index (runs.json); the report
/// itself never looks beyond its <see cref="ReportInput"/>.
/// </summary>
public sealed record TrendPoint
{
    /// <summary>How many earlier runs a trend shows at most, the newest; more would not read on a page.</summary>
    public const int EarlierRunsShown = 30;

    public required DateTimeOffset AuditedAt { get; init; }

    /// <summary>The run folder's name (audit-&lt;UTC&gt;), as the run index names it.</summary>
    public required string Folder { get; init; }

    /// <summary>Score per framework id; null where nothing counted.</summary>
    public ImmutableSortedDictionary<string, double?> Scores { get; init; } = ImmutableSortedDictionary<string, double?>.Empty.WithComparers(StringComparer.Ordinal);

    /// <summary>The run this report is rendered from.</summary>
    public bool Current { get; init; }
}
