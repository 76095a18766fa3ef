using System.Diagnostics;
using System.Text.RegularExpressions;
using ComplianceAuditor.Cli.Serve.Hosting;
using ComplianceAuditor.TestSupport.Postgres;

namespace ComplianceAuditor.Cli.Tests.Serve;

/// <summary>
/// A rolling update, in this process: a replica on an older configuration and one on a newer share one
/// database. A firing of a target the old replica does not know is not lost when the old replica picks it
/// up: it is offered again until a replica that knows the target runs it.
/// </summary>
[Collection(ServeProcesses.Name)]
public sealed partial class ReplicaConfigurationFiringTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("replicas-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public async Task A_firing_picked_up_by_a_replica_without_the_target_is_run_by_the_replica_that_has_it()
    {
        var connectionString = await (await PostgresServer.GetAsync()).CreateDatabaseAsync();
        var newer = Replica("new", connectionString, ("x", "0 0 3 * * ?"), ("y", "0/5 * * * * ?"));
        var older = Replica("old", connectionString, ("x", "0 0 3 * * ?"));
        var schedulerOfNewer = await newer.BuildAsync();
        var schedulerOfOlder = await older.BuildAsync();
        try
        {
            await PostgresStartup.UnderLockAsync(connectionString, () => ScheduleReconciler.ApplyAsync(schedulerOfNewer, newer.Runtime.Config.Targets, TimeProvider.System, newer.Runtime.Log, default), default);
            await PostgresStartup.UnderLockAsync(connectionString, () => ScheduleReconciler.ApplyAsync(schedulerOfOlder, older.Runtime.Config.Targets, TimeProvider.System, older.Runtime.Log, default), default);

            // Only the old replica runs at first: it gets y's firing, and then the retry of it, and runs neither.
            await schedulerOfOlder.Start();
            var deferred = await WaitForAsync(older, l => Deferred().Match(l) is { Success: true } m && older.Lines.Count(o => Deferred().Match(o).Groups["scheduled"].Value == m.Groups["scheduled"].Value) >= 2);
            var scheduled = Deferred().Match(deferred).Groups["scheduled"].Value;
            await schedulerOfOlder.Standby();

            await schedulerOfNewer.Start();
            await WaitForAsync(newer, l => l.StartsWith($"serve: y: firing scheduled {scheduled} started on new", StringComparison.Ordinal));
            await WaitForAsync(newer, l => l.StartsWith("serve: y: finished exit 0 ", StringComparison.Ordinal));
        }
        finally
        {
            await schedulerOfOlder.Shutdown(waitForJobsToComplete: true, default);
            await schedulerOfNewer.Shutdown(waitForJobsToComplete: true, default);
        }

        Assert.DoesNotContain(older.Lines, l => l.StartsWith("serve: y: firing scheduled", StringComparison.Ordinal) && l.Contains(" started on ", StringComparison.Ordinal));
    }

    [GeneratedRegex(@"^serve: y: firing scheduled (?<scheduled>\S+) not run on old: this replica's configuration has no such target; offered again at \S+ to a replica that has it$")]
    private static partial Regex Deferred();

    private static async Task<string> WaitForAsync(InProcessReplica replica, Func<string, bool> match)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(90))
        {
            if (replica.Lines.FirstOrDefault(match) is { } line)
            {
                return line;
            }

            await Task.Delay(100);
        }

        Assert.Fail($"no such line in the log of {replica.Runtime.InstanceId}:\n{string.Join('\n', replica.Lines)}");
        return string.Empty;
    }

    private InProcessReplica Replica(string node, string connectionString, params (string Name, string Schedule)[] targets) =>
        InProcessReplica.Create(folder, node, connectionString, [.. targets.Select(t => (t.Name, t.Schedule, "demo: true"))]);
}
