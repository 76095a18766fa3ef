using ComplianceAuditor.Cli.Retention;
using ComplianceAuditor.Cli.Serve.Config;
using ComplianceAuditor.Cli.Serve.Schedule;
using ComplianceAuditor.Engine.Diagnostics;

namespace ComplianceAuditor.Cli.Tests.Serve;

/// <summary>Targets for tests, built as the loader builds them.</summary>
internal static class ServeTargets
{
    public static ServeTarget Demo(string schedule, string zone = "UTC", MisfirePolicy misfire = MisfirePolicy.RunOnce, TimeSpan? threshold = null) => new()
    {
        Name = "demo",
        Schedule = CronSchedule.ToQuartz(schedule, out var error) ?? throw new ArgumentException(error, nameof(schedule)),
        WrittenSchedule = schedule,
        TimeZone = TimeZones.Find(zone) ?? throw new ArgumentException($"no zone {zone}", nameof(zone)),
        Cluster = new TargetCluster.Demo(),
        Controls = [],
        Out = "reports/demo",
        Formats = [],
        Retention = new RetentionPolicy(null, null),
        Misfire = misfire,
        MisfireThreshold = threshold ?? TimeSpan.FromMinutes(5),
        Location = new SourceLocation("serve.yaml", 1, 1, 1),
    };
}
