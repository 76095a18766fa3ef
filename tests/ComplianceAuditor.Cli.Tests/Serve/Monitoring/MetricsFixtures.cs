using System.Collections.Immutable;
using ComplianceAuditor.Cli.Retention;
using ComplianceAuditor.Cli.Serve.Config;
using ComplianceAuditor.Cli.Serve.Monitoring;
using ComplianceAuditor.Engine.Diagnostics;

namespace ComplianceAuditor.Cli.Tests.Serve.Monitoring;

/// <summary>Targets, outcomes and runs.json files for the metrics tests.</summary>
internal static class MetricsFixtures
{
    public static readonly DateTimeOffset T0 = new(2026, 11, 29, 2, 0, 0, TimeSpan.Zero);

    public static ServeTarget Target(string name, TargetCluster cluster, string outFolder) => new()
    {
        Name = name,
        Schedule = "0 0 2 * * ?",
        TimeZone = TimeZoneInfo.Utc,
        Cluster = cluster,
        Controls = [],
        Out = outFolder,
        Formats = [],
        Retention = new RetentionPolicy(null, null),
        Misfire = MisfirePolicy.RunOnce,
        MisfireThreshold = TimeSpan.FromMinutes(5),
        Location = new SourceLocation("serve.yaml", 0, 1, 1),
    };

    public static ImmutableSortedDictionary<string, double?> Scores(params (string Framework, double? Score)[] scores) =>
        scores.ToImmutableSortedDictionary(s => s.Framework, s => s.Score, StringComparer.Ordinal);

    public static RunOutcome Outcome(string target, int exitCode, DateTimeOffset startedAt, TimeSpan duration, ImmutableSortedDictionary<string, double?>? scores = null, string? folder = null) =>
        new(target, startedAt, duration, exitCode, scores ?? Scores(), folder);

    /// <summary>A kept audit run as runs.json records it; the folder is named after its time like audit's own.</summary>
    public static RunRecord Record(DateTimeOffset createdAt, ImmutableSortedDictionary<string, double?> scores, int? exitCode = 0, string cluster = "https://10.0.0.1:6443") => new()
    {
        Folder = Folder(createdAt),
        Kind = "audit",
        AuditedAt = createdAt.AddSeconds(-30),
        CreatedAt = createdAt,
        Cluster = cluster,
        Scores = scores,
        ManifestSha256 = new string('a', 64),
        ExitCode = exitCode,
        Status = RunStatus.Kept,
    };

    public static string Folder(DateTimeOffset createdAt) => "audit-" + createdAt.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Writes runs.json as `audit` does and gives it <paramref name="writtenAt"/> as its last-write time, so a rewrite is always seen as a change.</summary>
    public static void WriteRuns(string outFolder, DateTime writtenAt, params RunRecord[] runs)
    {
        Directory.CreateDirectory(outFolder);
        var path = Path.Combine(outFolder, RunIndexJson.FileName);
        using (var stream = File.Create(path))
        {
            RunIndexJson.Write(stream, runs);
        }

        File.SetLastWriteTimeUtc(path, writtenAt);
    }

    public static string Scrape(ServiceMetrics metrics)
    {
        using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        metrics.WriteTo(writer);
        return writer.ToString();
    }

    public static ExpositionParser.Exposition Parse(ServiceMetrics metrics) => ExpositionParser.Parse(Scrape(metrics));
}
