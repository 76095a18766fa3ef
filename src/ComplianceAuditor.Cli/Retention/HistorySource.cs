namespace ComplianceAuditor.Cli.Retention;

/// <summary>
/// Where a run folder's score trend comes from: runs.json in <paramref name="Root"/> (an --out
/// folder), in which the run folder named <paramref name="Current"/> is the run being reported.
/// </summary>
/// <param name="Root">The folder holding runs.json; null when the reported run has none.</param>
/// <param name="Current">The reported run's folder name; empty when it is not in a run folder.</param>
/// <param name="EveryCluster">Every earlier audit in runs.json is of this cluster (a `serve` target's own out folder);
/// false: only those whose recorded cluster is the reported run's, as several clusters may share an --out folder.</param>
internal sealed record HistorySource(string? Root, string Current, bool EveryCluster = false)
{
    public static HistorySource None { get; } = new(null, string.Empty);

    /// <summary>A run folder being written: its own --out folder, as given (relative stays relative in the manifest).</summary>
    public static HistorySource Of(string runFolder) =>
        new(Path.GetDirectoryName(runFolder) ?? string.Empty, Path.GetFileName(Path.TrimEndingDirectorySeparator(runFolder)));

    /// <summary>
    /// A `serve` target's run folder being written. Its out folder holds that target's runs alone (the
    /// configuration refuses two targets sharing one), so the trend is every earlier run in it: runs.json's
    /// cluster is the input paths for a files target, which change whenever the drop file is renamed.
    /// </summary>
    public static HistorySource OfTarget(string runFolder) => Of(runFolder) with { EveryCluster = true };

    /// <summary>
    /// `report --from DIR/audit-…/results.json`: the runs.json beside the source run folder, with
    /// that run as the current one; none when results.json is not in a run folder.
    /// </summary>
    public static HistorySource OfResults(string resultsPath)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(resultsPath)) ?? string.Empty;
        var name = Path.GetFileName(folder);
        if (!RunFolderRecord.IsRunFolderName(name))
        {
            return None;
        }

        var given = Path.GetDirectoryName(resultsPath);
        return new(string.IsNullOrEmpty(given) ? Path.GetDirectoryName(folder) : Path.GetDirectoryName(given) ?? string.Empty, name);
    }
}
