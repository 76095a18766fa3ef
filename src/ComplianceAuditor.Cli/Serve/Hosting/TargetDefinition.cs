using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using ComplianceAuditor.Cli.Serve.Config;
using Quartz;

namespace ComplianceAuditor.Cli.Serve.Hosting;

/// <summary>
/// A fingerprint of everything in a target that decides what a firing audits and where it writes, kept
/// in its job's data map. Replicas of one cluster may hold different configurations for a while (a
/// rolling update): a replica runs a firing only when its own definition of the target is the one the
/// store holds, so an old replica never audits a renamed target's new cluster with the old settings.
/// </summary>
internal static class TargetDefinition
{
    /// <summary>The job data key of the fingerprint.</summary>
    public const string Key = "definition";

    public static string Hash(ServeTarget target)
    {
        ArgumentNullException.ThrowIfNull(target);
        string[] fields =
        [
            target.Name,
            target.Schedule,
            target.TimeZone.Id,
            target.Misfire.ToString(),
            target.MisfireThreshold.Ticks.ToString(CultureInfo.InvariantCulture),
            Cluster(target.Cluster),
            string.Join('\u001f', target.Controls),
            target.Scope ?? string.Empty,
            target.Waivers ?? string.Empty,
            target.Out,
            target.FailUnder?.ToString("R", CultureInfo.InvariantCulture) ?? string.Empty,
            string.Join('\u001f', target.Formats),
            target.Templates ?? string.Empty,
            string.Create(CultureInfo.InvariantCulture, $"{target.Retention.Keep}/{target.Retention.KeepDays}"),
        ];

        // Separators no configuration value can hold, so two different definitions never join to one text.
        var text = string.Join('\u001e', fields);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }

    /// <summary>The fingerprint a stored job carries; null for a job stored without one.</summary>
    public static string? Of(IJobDetail job)
    {
        ArgumentNullException.ThrowIfNull(job);
        return job.JobDataMap.TryGetString(Key, out var hash) ? hash : null;
    }

    private static string Cluster(TargetCluster cluster) => cluster switch
    {
        TargetCluster.Context context => string.Create(CultureInfo.InvariantCulture, $"context\u001f{context.Name}\u001f{context.Kubeconfig}\u001f{context.Timeout.Ticks}"),
        TargetCluster.InCluster inCluster => string.Create(CultureInfo.InvariantCulture, $"in-cluster\u001f{inCluster.Timeout.Ticks}"),
        TargetCluster.Files files => "files\u001f" + string.Join('\u001f', files.Paths),
        TargetCluster.Demo => "demo",
        _ => cluster.GetType().Name,
    };
}
