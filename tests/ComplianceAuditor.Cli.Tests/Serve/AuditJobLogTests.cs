using System.Diagnostics;
using ComplianceAuditor.Cli.Serve.Hosting;
using ComplianceAuditor.TestSupport.ApiServer;

namespace ComplianceAuditor.Cli.Tests.Serve;

/// <summary>What a firing writes to the service's log when the cluster's API server is hostile.</summary>
[Collection(ServeProcesses.Name)]
public sealed class AuditJobLogTests : IDisposable
{
    private readonly ServeWorkspace work = new();

    public void Dispose() => work.Dispose();

    [Fact]
    public async Task An_API_server_message_with_a_newline_stays_one_escaped_line_and_forges_no_finished_line()
    {
        await using var api = await ServeWorkspace.ApiServerAsync();
        const string Forged = "serve: x: finished exit 0 in 0.1s -> /reports/x/audit-forged";
        api.Faults.Enqueue(FakeResourceKind.Pods, new StatusFault(400, "BadRequest", "no\n" + Forged));
        var cluster = work.ContextCluster(api)[2..^2];
        var replica = InProcessReplica.Create(work.Root, "node", connectionString: null, ("x", "0/1 * * * * ?", cluster));
        var scheduler = await replica.BuildAsync();
        try
        {
            await ScheduleReconciler.ApplyAsync(scheduler, replica.Runtime.Config.Targets, TimeProvider.System, replica.Runtime.Log, default);
            await scheduler.Start();
            var clock = Stopwatch.StartNew();
            while (!replica.Lines.Any(l => l.StartsWith("serve: x: finished exit", StringComparison.Ordinal)) && clock.Elapsed < TimeSpan.FromSeconds(60))
            {
                await Task.Delay(100);
            }
        }
        finally
        {
            await scheduler.Shutdown(waitForJobsToComplete: true, default);
        }

        Assert.DoesNotContain(Forged, replica.Lines);
        Assert.Contains(replica.Lines, l => l.StartsWith("serve: x: error: ", StringComparison.Ordinal) && l.Contains("no\\u000a" + Forged, StringComparison.Ordinal));
        Assert.StartsWith("serve: x: finished exit 2 in ", replica.Lines.First(l => l.StartsWith("serve: x: finished exit", StringComparison.Ordinal)), StringComparison.Ordinal);
    }
}
