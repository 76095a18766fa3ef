using System.Globalization;
using ComplianceAuditor.Cli.Serve.Config;
using ComplianceAuditor.Cli.Serve.Schedule;
using ComplianceAuditor.Reports.Text;

namespace ComplianceAuditor.Cli.Serve;

/// <summary>The text `serve --validate` prints for a valid configuration: per target, what it audits, when, and where to.</summary>
internal static class ServeReport
{
    public static void Write(ServeConfig config, DateTimeOffset now, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(writer);
        var targets = config.Targets.OrderBy(t => t.Name, StringComparer.Ordinal).ToList();
        writer.WriteLine(Printable.Escape($"serve: {config.File}: valid, {targets.Count} {(targets.Count == 1 ? "target" : "targets")}; monitoring on {Endpoint(config.Monitoring)}"));
        writer.WriteLine($"next fire times after {Utc(now)}");
        foreach (var target in targets)
        {
            writer.WriteLine();
            WriteTarget(target, now, writer);
        }
    }

    private static void WriteTarget(ServeTarget target, DateTimeOffset now, TextWriter writer)
    {
        void Line(string label, string value) => writer.WriteLine(Printable.Escape($"  {label,-11}{value}"));

        writer.WriteLine(Printable.Escape($"target {target.Name}"));
        Line("cluster", Describe(target.Cluster));
        Line("schedule", target.WrittenSchedule is { } written && written != target.Schedule ? $"{written}  (Quartz: {target.Schedule})" : target.Schedule);
        Line("time zone", target.TimeZone.Id);
        Line("misfire", $"{(target.Misfire == MisfirePolicy.RunOnce ? "run-once" : "skip")} (a firing more than {Duration(target.MisfireThreshold)} late)");
        Line("controls", target.Controls.IsEmpty ? "bundled catalogs" : string.Join(", ", target.Controls));
        Line("scope", target.Scope ?? "built-in zones");
        Line("waivers", target.Waivers ?? (target.Cluster is TargetCluster.Demo ? "the demo's" : "none"));
        Line("out", target.Out);
        Line("formats", target.Formats.IsEmpty ? "all" : string.Join(", ", target.Formats));
        Line("failUnder", target.FailUnder is { } score ? score.ToString(CultureInfo.InvariantCulture) : "none");
        Line("retention", Retention(target));
        var fires = CronSchedule.NextFireTimes(target.Schedule, target.TimeZone, now, ServeValidation.FireTimes);
        for (var i = 0; i < fires.Length; i++)
        {
            var local = target.TimeZone == TimeZoneInfo.Utc ? string.Empty : $"  {Local(fires[i], target.TimeZone)}";
            Line(i == 0 ? "next" : string.Empty, Utc(fires[i]) + local);
        }
    }

    /// <summary>The cluster as everywhere else, with the read timeout that applies to live clusters.</summary>
    private static string Describe(TargetCluster cluster) => cluster switch
    {
        TargetCluster.Context c => $"{c.Description} (timeout {Duration(c.Timeout)})",
        TargetCluster.InCluster i => $"{i.Description} (service account, timeout {Duration(i.Timeout)})",
        _ => cluster.Description,
    };

    private static string Retention(ServeTarget target) => (target.Retention.Keep, target.Retention.KeepDays) switch
    {
        (null, null) => "keep every run",
        ({ } keep, null) => $"keep the newest {keep}",
        (null, { } days) => $"keep {days} days",
        ({ } keep, { } days) => $"keep the newest {keep}, and none older than {days} days",
    };

    public static string Duration(TimeSpan span) =>
        span.TotalHours >= 1 && span.TotalHours % 1 == 0 ? $"{span.TotalHours.ToString(CultureInfo.InvariantCulture)}h"
        : span.TotalMinutes >= 1 && span.TotalMinutes % 1 == 0 ? $"{span.TotalMinutes.ToString(CultureInfo.InvariantCulture)}m"
        : span.TotalSeconds >= 1 && span.TotalSeconds % 1 == 0 ? $"{span.TotalSeconds.ToString(CultureInfo.InvariantCulture)}s"
        : $"{span.TotalMilliseconds.ToString(CultureInfo.InvariantCulture)}ms";

    private static string Endpoint(MonitoringSettings monitoring) =>
        monitoring.Address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6
            ? $"[{monitoring.Address}]:{monitoring.Port}"
            : $"{monitoring.Address}:{monitoring.Port}";

    private static string Utc(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static string Local(DateTimeOffset time, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTime(time, zone).ToString("yyyy-MM-dd HH:mm:ss zzz", CultureInfo.InvariantCulture);
}
