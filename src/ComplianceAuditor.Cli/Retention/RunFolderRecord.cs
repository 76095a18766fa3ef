using System.Collections.Immutable;
using ComplianceAuditor.Reports.Manifest;
using ComplianceAuditor.Reports.Model;
using ComplianceAuditor.Reports.Rendering;

namespace ComplianceAuditor.Cli.Retention;

/// <summary>
/// Reads what runs.json records about a run from the run folder itself: its manifest (kind, times,
/// the manifest's own SHA-256) and its results.json (cluster, scores).
/// </summary>
internal static class RunFolderRecord
{
    /// <summary>Run folders are named by the commands that write them; anything else in --out is not ours.</summary>
    public static bool IsRunFolderName(string name) =>
        name.StartsWith("audit-", StringComparison.Ordinal) || name.StartsWith("report-", StringComparison.Ordinal);

    public static RunRecord Read(string root, string name, int? exitCode = null)
    {
        var folder = Path.Combine(root, name);
        var manifestPath = Path.Combine(folder, ManifestSchema.FileName);
        if (!File.Exists(manifestPath) || RunManifestJson.Read(manifestPath, out _) is not { } manifest)
        {
            return new RunRecord { Folder = name, Status = RunStatus.Incomplete, Problems = ["no readable manifest.json (an unfinished or failed run?)"] };
        }

        var report = AuditReportReader.Read(Path.Combine(folder, ReportRenderers.ResultsFileName), out _);
        return new RunRecord
        {
            Folder = name,
            Kind = manifest.Kind,
            AuditedAt = manifest.AuditedAt,
            CreatedAt = manifest.CreatedAt,
            Cluster = report is null ? null : Cluster(report.Input),
            Scores = report is null
                ? ImmutableSortedDictionary<string, double?>.Empty
                : report.Frameworks.ToImmutableSortedDictionary(f => f.Id, f => f.Score, StringComparer.Ordinal),
            ManifestSha256 = FileHash.Of(manifestPath).Sha256,
            ExitCode = exitCode,
            Status = RunStatus.Kept,
        };
    }

    /// <summary>The API server a snapshot was taken from; for manifests and dumps, the files audited.</summary>
    public static string Cluster(InputInfo input) =>
        input.Sources.Select(s => s.ApiServer).Distinct(StringComparer.Ordinal).ToList() is { Count: > 0 } servers
            ? string.Join(", ", servers)
            : string.Join(", ", input.Files.Select(f => f.Path));
}
