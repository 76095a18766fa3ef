using System.Globalization;
using ComplianceAuditor.Cli.Serve.Config;
using ComplianceAuditor.Cli.Serve.Hosting;
using ComplianceAuditor.Engine.Diagnostics;
using ComplianceAuditor.TestSupport.Postgres;
using Quartz;

namespace ComplianceAuditor.Cli.Tests.Serve;

/// <summary>
/// What a replica's start does to the schedule in the database: unchanged triggers are kept (their next
/// fire time is not reset), changed ones replaced, unconfigured targets' jobs deleted.
/// </summary>
[Collection(ServeProcesses.Name)]
public sealed class ScheduleReconcilerTests : IDisposable
{
    private static readonly DateTimeOffset Two = new(2026, 11, 28, 2, 0, 0, TimeSpan.Zero);

    private readonly string folder = Directory.CreateTempSubdirectory("reconcile-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public async Task A_restart_keeps_unchanged_triggers_replaces_changed_ones_and_deletes_removed_targets()
    {
        var connectionString = await (await PostgresServer.GetAsync()).CreateDatabaseAsync();
        await ApplyAsync(connectionString, Two, "node-a", ("x", "0 3 * * *"), ("y", "0 4 * * *"));

        // 03:30, nobody ran the 03:00 firing: kept, it is still due (and misfire handling will see it).
        var kept = await ApplyAsync(connectionString, Two.AddMinutes(90), "node-b", ("x", "0 3 * * *"), ("y", "0 4 * * *"));
        var changed = await ApplyAsync(connectionString, Two.AddMinutes(90), "node-a", ("x", "0 5 * * *"), ("z", "0 6 * * *"));

        Assert.Equal(["serve: x: schedule unchanged, kept: next fire 2026-11-28T03:00:00Z", "serve: y: schedule unchanged, kept: next fire 2026-11-28T04:00:00Z"], kept.Log);
        Assert.Equal(
            [
                "serve: x: schedule changed, replaced: cron \"0 0 5 * * ?\" in UTC, next fire 2026-11-28T05:00:00Z",
                "serve: z: scheduled: cron \"0 0 6 * * ?\" in UTC, next fire 2026-11-28T06:00:00Z",
                "serve: y: no longer configured: its job and trigger were deleted (run folders and runs.json are kept)",
            ],
            changed.Log);
        Assert.Equal(["x", "z"], changed.Jobs);
    }

    private async Task<(IReadOnlyList<string> Log, IReadOnlyList<string> Jobs)> ApplyAsync(string connectionString, DateTimeOffset now, string node, params (string Name, string Schedule)[] targets)
    {
        var time = new SetTime(now);
        var yaml = "apiVersion: compliance-auditor.io/v1alpha1\nkind: ServeConfig\ntargets:\n" + string.Concat(targets.Select(t => $"  - name: {t.Name}\n    schedule: \"{t.Schedule}\"\n    cluster: {{ demo: true }}\n"));
        var diagnostics = new DiagnosticBag();
        var config = ServeConfigLoader.Parse(Path.Combine(folder, "serve.yaml"), yaml, folder, diagnostics);
        Assert.False(diagnostics.HasErrors, string.Join('\n', diagnostics.Items));
        using var output = new StringWriter(CultureInfo.InvariantCulture);
        var scheduler = await QuartzSchedulerBuilder.Create(q => QuartzSetup.Configure(q, connectionString, node, null, time)).BuildScheduler();
        try
        {
            await PostgresStartup.UnderLockAsync(connectionString, () => ScheduleReconciler.ApplyAsync(scheduler, config!.Targets, time, new ServeLog(output), default), default);
            var jobs = await scheduler.QueryJobs(new JobQuery { Take = PagedQuery.All }, default);
            return (output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries), [.. jobs.Items.Select(j => j.Key.Name).Order(StringComparer.Ordinal)]);
        }
        finally
        {
            await scheduler.Shutdown(waitForJobsToComplete: false, default);
        }
    }

    private sealed class SetTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
