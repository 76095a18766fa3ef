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
    public async Task A_restart_keeps_unchanged_triggers_replaces_changed_ones_and_the_periodic_pass_deletes_removed_targets()
    {
        var connectionString = await (await PostgresServer.GetAsync()).CreateDatabaseAsync();
        await ApplyAsync(connectionString, Two, "node-a", ("x", "0 3 * * *"), ("y", "0 4 * * *"));

        // 03:30, nobody ran the 03:00 firing: kept, it is still due (and misfire handling will see it).
        var kept = await ApplyAsync(connectionString, Two.AddMinutes(90), "node-b", ("x", "0 3 * * *"), ("y", "0 4 * * *"));
        var changed = await ApplyAsync(connectionString, Two.AddMinutes(90), "node-a", ReconcilePass.Periodic, ("x", "0 5 * * *"), ("z", "0 6 * * *"));

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

    [Fact]
    public async Task A_replica_starting_on_an_older_configuration_keeps_a_newer_replicas_target_and_the_replicas_that_stay_win()
    {
        var connectionString = await (await PostgresServer.GetAsync()).CreateDatabaseAsync();
        await ApplyAsync(connectionString, Two, "new", ("x", "0 3 * * *"), ("y", "0 4 * * *"));

        // An old replica restarts during the rolling update: it must not delete y, which only the new one knows.
        var old = await ApplyAsync(connectionString, Two, "old", ("x", "0 3 * * *"));
        Assert.Equal(["x", "y"], old.Jobs);
        Assert.Contains("serve: y: not in this replica's configuration: kept for now (another replica may have it; if this configuration stays, it is deleted within a reconcile interval)", old.Log);

        // While both run they may disagree; once the old replica is gone, the new one's next pass restores its schedule.
        var fight = await ApplyAsync(connectionString, Two, "old", ReconcilePass.Periodic, ("x", "0 3 * * *"));
        Assert.Equal(["x"], fight.Jobs);
        var settled = await ApplyAsync(connectionString, Two, "new", ReconcilePass.Periodic, ("x", "0 3 * * *"), ("y", "0 4 * * *"));
        Assert.Equal(["x", "y"], settled.Jobs);
        Assert.Equal(["serve: y: scheduled: cron \"0 0 4 * * ?\" in UTC, next fire 2026-11-28T04:00:00Z"], settled.Log);
    }

    [Fact]
    public async Task A_target_defined_differently_by_another_replica_gets_this_replicas_definition_and_an_unchanged_periodic_pass_is_silent()
    {
        var connectionString = await (await PostgresServer.GetAsync()).CreateDatabaseAsync();
        await File.WriteAllTextAsync(Path.Combine(folder, "old.yaml"), string.Empty);
        await ApplyAsync(connectionString, Two, "new", ("x", "0 3 * * *"));
        var other = await ApplyAsync(connectionString, Two, "old", ReconcilePass.Periodic, ("x", "0 3 * * *", "files: [old.yaml]"));
        var quiet = await ApplyAsync(connectionString, Two, "old", ReconcilePass.Periodic, ("x", "0 3 * * *", "files: [old.yaml]"));

        Assert.Equal(["serve: x: definition differed from this replica's (another replica stored its own): replaced with this replica's"], other.Log);
        Assert.Equal([], quiet.Log);
    }

    private Task<(IReadOnlyList<string> Log, IReadOnlyList<string> Jobs)> ApplyAsync(string connectionString, DateTimeOffset now, string node, params (string Name, string Schedule)[] targets) =>
        ApplyAsync(connectionString, now, node, ReconcilePass.Startup, [.. targets.Select(t => (t.Name, t.Schedule, "demo: true"))]);

    private Task<(IReadOnlyList<string> Log, IReadOnlyList<string> Jobs)> ApplyAsync(string connectionString, DateTimeOffset now, string node, ReconcilePass pass, params (string Name, string Schedule)[] targets) =>
        ApplyAsync(connectionString, now, node, pass, [.. targets.Select(t => (t.Name, t.Schedule, "demo: true"))]);

    private async Task<(IReadOnlyList<string> Log, IReadOnlyList<string> Jobs)> ApplyAsync(string connectionString, DateTimeOffset now, string node, ReconcilePass pass, params (string Name, string Schedule, string Cluster)[] targets)
    {
        var time = new SetTime(now);
        var yaml = "apiVersion: compliance-auditor.io/v1alpha1\nkind: ServeConfig\ntargets:\n" + string.Concat(targets.Select(t => $"  - name: {t.Name}\n    schedule: \"{t.Schedule}\"\n    cluster: {{ {t.Cluster} }}\n"));
        var diagnostics = new DiagnosticBag();
        var config = ServeConfigLoader.Parse(Path.Combine(folder, "serve.yaml"), yaml, folder, diagnostics);
        Assert.False(diagnostics.HasErrors, string.Join('\n', diagnostics.Items));
        using var output = new StringWriter(CultureInfo.InvariantCulture);
        var scheduler = await QuartzSchedulerBuilder.Create(q => QuartzSetup.Configure(q, connectionString, node, null, time)).BuildScheduler();
        try
        {
            await PostgresStartup.UnderLockAsync(connectionString, () => ScheduleReconciler.ApplyAsync(scheduler, config!.Targets, time, new ServeLog(output), pass, default), default);
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
