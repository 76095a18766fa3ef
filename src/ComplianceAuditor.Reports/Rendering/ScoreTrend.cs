using System.Collections.Immutable;

namespace ComplianceAuditor.Reports.Rendering;

/// <summary>
/// The score trend every format shows, worked out once: the runs oldest first (at most
/// <see cref="TrendPoint.EarlierRunsShown"/> earlier ones, then this run) and the framework ids
/// any of them scored, in ordinal order, named as this report names them.
/// </summary>
/// <param name="Omitted">Earlier runs the history held beyond those shown.</param>
internal sealed record ScoreTrend(ImmutableArray<TrendPoint> Runs, ImmutableArray<TrendFramework> Frameworks, int Omitted)
{
    /// <summary>Only this run: nothing to compare with yet.</summary>
    public bool FirstRun => Runs.Length <= 1;

    public static ScoreTrend Of(ReportInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var report = input.Report;
        var current = input.History.FirstOrDefault(p => p.Current) ?? new TrendPoint
        {
            AuditedAt = report.AuditedAt,
            Folder = string.Empty,
            Scores = report.Frameworks.ToImmutableSortedDictionary(f => f.Id, f => f.Score, StringComparer.Ordinal),
            Current = true,
        };
        var earlier = input.History.Where(p => !p.Current).ToList();
        ImmutableArray<TrendPoint> runs = [.. earlier.OrderBy(p => p.AuditedAt).ThenBy(p => p.Folder, StringComparer.Ordinal).TakeLast(TrendPoint.EarlierRunsShown).Append(current).OrderBy(p => p.AuditedAt).ThenBy(p => p.Folder, StringComparer.Ordinal)];
        var names = report.Frameworks.GroupBy(f => f.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => $"{g.First().Name} {g.First().Version}", StringComparer.Ordinal);
        var ids = runs.SelectMany(r => r.Scores.Keys).Concat(report.Frameworks.Select(f => f.Id)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        return new ScoreTrend(runs, [.. ids.Select(id => new TrendFramework(id, names.GetValueOrDefault(id, id)))], Math.Max(0, earlier.Count - TrendPoint.EarlierRunsShown));
    }

    /// <summary>A run's folder as the tables print it; this run is marked, and named even when its folder is unknown.</summary>
    public static string FolderLabel(TrendPoint run) => run switch
    {
        { Current: true, Folder.Length: 0 } => "this run",
        { Current: true } => $"{run.Folder} (this run)",
        _ => run.Folder,
    };

    /// <summary>The run's score for a framework, or null when it has none (not counted, or not audited then).</summary>
    public static double? Score(TrendPoint run, TrendFramework framework) => run.Scores.GetValueOrDefault(framework.Id);
}
