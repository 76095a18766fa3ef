using System.Collections.Immutable;
using System.Security.Cryptography;
using ComplianceAuditor.Reports.Manifest;
using ComplianceAuditor.Reports.Model;
using ComplianceAuditor.Reports.Rendering;
using ComplianceAuditor.Reports.Text;

namespace ComplianceAuditor.Cli.Retention;

/// <summary>
/// The score trend of a report, from runs.json: the audits of the same cluster (of any cluster in a
/// `serve` target's own folder, <see cref="HistorySource.EveryCluster"/>) recorded in the same --out folder before the reported run (runs whose folders retention has pruned included,
/// unfinished ones not), then the reported run itself from its results. All of them are passed:
/// the reports show the newest <see cref="TrendPoint.EarlierRunsShown"/> and say how many they
/// left out. A runs.json that cannot be read costs the trend, never the run.
/// </summary>
internal static class RunHistory
{
    /// <summary>The manifest role of the runs.json a trend was drawn from.</summary>
    public const string Role = "history";

    /// <summary>The trend points, and the runs.json they came from (size and SHA-256 of the bytes parsed) when there was one.</summary>
    public static (ImmutableArray<TrendPoint> Points, ManifestInput? Read) Load(HistorySource source, AuditReport report, CliConsole console)
    {
        var current = new TrendPoint
        {
            AuditedAt = report.AuditedAt,
            Folder = source.Current,
            Scores = report.Frameworks.ToImmutableSortedDictionary(f => f.Id, f => f.Score, StringComparer.Ordinal),
            Current = true,
        };
        if (source.Root is not { } root || Path.Combine(root, RunIndexJson.FileName) is not { } path || !File.Exists(path))
        {
            return ([current], null);
        }

        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            console.Error.WriteLine(Printable.Escape($"warning: {path}: not readable: {e.Message}; the score trend shows this run only"));
            return ([current], null);
        }

        if (RunIndexJson.Read(bytes, path, out var error) is not { } runs)
        {
            console.Error.WriteLine(Printable.Escape($"warning: {error}; the score trend shows this run only"));
            return ([current], null);
        }

        var cluster = RunFolderRecord.Cluster(report.Input);
        var earlier = runs.Where(r => r.Kind == "audit" && r.Status != RunStatus.Incomplete && (source.EveryCluster || r.Cluster == cluster) && Before(r, current))
            .OrderBy(r => r.AuditedAt).ThenBy(r => r.Folder, StringComparer.Ordinal)
            .Select(r => new TrendPoint { AuditedAt = r.AuditedAt!.Value, Folder = r.Folder, Scores = r.Scores });
        return ([.. earlier, current], new ManifestInput(Role, path, bytes.LongLength, Convert.ToHexStringLower(SHA256.HashData(bytes))));
    }

    /// <summary>Audited before the reported run; of two in the same second, the folder named first (audit-…Z before audit-…Z-2).</summary>
    private static bool Before(RunRecord run, TrendPoint current) =>
        run.AuditedAt is { } time && run.Folder != current.Folder
        && (time < current.AuditedAt || (time == current.AuditedAt && string.CompareOrdinal(run.Folder, current.Folder) < 0));
}
