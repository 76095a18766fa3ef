using System.Diagnostics;
using System.Text.RegularExpressions;
using ComplianceAuditor.Cli.Retention;
using ComplianceAuditor.TestSupport.ApiServer;
using ComplianceAuditor.TestSupport.Postgres;

namespace ComplianceAuditor.Cli.Tests.Serve;

/// <summary>
/// `serve` as operators run it: real processes, a real PostgreSQL, SIGTERM and SIGKILL. The assertions
/// read what an operator would: the logs, runs.json and the run folders.
/// </summary>
[Collection(ServeProcesses.Name)]
public sealed partial class ServeProcessTests
{
    private static readonly TimeSpan Startup = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Two_replicas_on_one_database_run_every_firing_of_three_targets_exactly_once_and_stop_cleanly_on_SIGTERM()
    {
        var connectionString = await (await PostgresServer.GetAsync()).CreateDatabaseAsync();
        using var work = new ServeWorkspace();
        string[] targets = ["alpha", "beta", "gamma"];
        var config = work.Write("0/5 * * * * ?", [.. targets.Select(t => (t, "{ demo: true }"))]);
        using var a = ServeProcess.Start("--config", config, "--store", "postgres", "--connection-string", connectionString, "--instance-id", "replica-a");
        using var b = ServeProcess.Start("--config", config, "--store", "postgres", "--connection-string", connectionString, "--instance-id", "replica-b");
        var monitoringA = (await a.WaitForAsync(StartedLine(), Startup)).Groups["address"].Value;
        var monitoringB = (await b.WaitForAsync(StartedLine(), Startup)).Groups["address"].Value;

        // About 25 s: every target's job has finished four firings.
        await Until(() => ServeFiring.Finished(a.Lines.Concat(b.Lines)).GroupBy(f => f.Target).Count(g => g.Count() >= 4) == targets.Length, TimeSpan.FromSeconds(90), a, b);
        using var http = new HttpClient();
        Assert.Equal("ok: scheduler running, instance replica-a\n", await http.GetStringAsync(new Uri(monitoringA + "/healthz")));
        Assert.Equal("ok: scheduler running, instance replica-a, PostgreSQL answers\n", await http.GetStringAsync(new Uri(monitoringA + "/readyz")));
        Assert.Equal("ok: scheduler running, instance replica-b, PostgreSQL answers\n", await http.GetStringAsync(new Uri(monitoringB + "/readyz")));
        Assert.Contains("compliance_auditor_target_info{target=\"beta\"", await http.GetStringAsync(new Uri(monitoringA + "/metrics")), StringComparison.Ordinal);
        a.Terminate();
        b.Terminate();

        Assert.Equal(0, await a.WaitForExitAsync(Startup));
        Assert.Equal(0, await b.WaitForExitAsync(Startup));
        var lines = a.Lines.Concat(b.Lines).ToList();
        Assert.Contains(lines, l => l == "serve: stopped (replica-a)");
        Assert.Contains(lines, l => l == "serve: stopped (replica-b)");
        foreach (var target in targets)
        {
            AssertEveryFiringRanOnce(work, target, lines, TimeSpan.FromSeconds(5), a.Transcript + b.Transcript);
        }
    }

    [Fact]
    public async Task A_firing_whose_replica_is_killed_mid_audit_is_recovered_and_run_by_the_other_replica()
    {
        var connectionString = await (await PostgresServer.GetAsync()).CreateDatabaseAsync();
        await using var api = await ServeWorkspace.ApiServerAsync();
        using var work = new ServeWorkspace();
        var config = work.Write("0/5 * * * * ?", ("slow", work.ContextCluster(api)));

        // The first audit hangs reading namespaces; node A is killed while it waits.
        api.Faults.Enqueue(FakeResourceKind.Namespaces, new DelayFault(TimeSpan.FromMinutes(2)));
        string[] cluster = ["--config", config, "--store", "postgres", "--connection-string", connectionString, "--checkin-interval", "1s"];
        using var a = ServeProcess.Start([.. cluster, "--instance-id", "node-a"]);
        var started = await a.WaitForAsync(FiringLine("slow", "node-a"), Startup);
        await Until(() => api.Faults.Pending == 0, Startup, a);
        a.KillHard();

        using var b = ServeProcess.Start([.. cluster, "--instance-id", "node-b"]);
        var scheduled = started.Groups["time"].Value;
        await b.WaitForAsync(new Regex($"^serve: slow: firing scheduled {Regex.Escape(scheduled)} started on node-b \\(recovering"), Startup);
        await Until(() => FinishedAfterRecovery(b.Lines) is not null, Startup, b);
        b.Terminate();

        Assert.Equal(0, await b.WaitForExitAsync(Startup));
        var (exitCode, folder) = FinishedAfterRecovery(b.Lines)!.Value;
        Assert.True(exitCode == 0, b.Transcript);
        Assert.True(File.Exists(Path.Combine(folder, "manifest.json")), b.Transcript);
        Assert.DoesNotContain(a.Lines, l => l.Contains("finished", StringComparison.Ordinal));
        var firings = ServeFiring.Read(a.Lines.Concat(b.Lines)).ToList();
        Assert.Equal([("node-a", false), ("node-b", true)], firings.Where(f => f.Scheduled == DateTimeOffset.Parse(scheduled, System.Globalization.CultureInfo.InvariantCulture)).Select(f => (f.Instance, f.Recovering)));
        Assert.Empty(work.Unfinished("slow"));
    }

    [Fact]
    public async Task SIGTERM_during_an_audit_abandons_it_after_the_grace_exits_0_and_leaves_no_unfinished_run_folder()
    {
        await using var api = await ServeWorkspace.ApiServerAsync();
        using var work = new ServeWorkspace();
        var config = work.Write("0/2 * * * * ?", ("stuck", work.ContextCluster(api)));
        api.Faults.Enqueue(FakeResourceKind.Namespaces, new DelayFault(TimeSpan.FromMinutes(2)));
        using var serve = ServeProcess.Start("--config", config, "--shutdown-grace", "1s");
        await serve.WaitForAsync(FiringLine("stuck", ".+"), Startup);
        await Until(() => api.Faults.Pending == 0, Startup, serve);

        serve.Terminate();

        Assert.Equal(0, await serve.WaitForExitAsync(Startup));
        Assert.Contains(serve.Lines, l => l.StartsWith("serve: stuck: abandoned after ", StringComparison.Ordinal) && l.EndsWith("no run folder was left", StringComparison.Ordinal));
        Assert.Contains("serve: stopping: no new firings; running audits have 1s (--shutdown-grace) to finish", serve.Lines);
        Assert.DoesNotContain(serve.Lines, l => l.Contains(": finished exit", StringComparison.Ordinal));
        Assert.Empty(work.Unfinished("stuck"));
        Assert.Empty(work.TemporaryFiles());
    }

    private static void AssertEveryFiringRanOnce(ServeWorkspace work, string target, List<string> lines, TimeSpan period, string transcript)
    {
        var scheduled = ServeFiring.Read(lines).Where(f => f.Target == target).Select(f => f.Scheduled).Order().ToList();
        Assert.True(scheduled.Count >= 4, $"{target}: {scheduled.Count} firings\n{transcript}");
        Assert.True(scheduled.Distinct().Count() == scheduled.Count, $"{target}: a firing ran twice\n{transcript}");
        Assert.All(scheduled.Zip(scheduled.Skip(1)), pair => Assert.True(pair.Second - pair.First == period, $"{target}: missed the firings between {pair.First:O} and {pair.Second:O}\n{transcript}"));

        var finished = ServeFiring.Finished(lines).Where(f => f.Target == target).ToList();
        Assert.Equal(scheduled.Count, finished.Count);
        Assert.All(finished, f => Assert.Equal(0, f.ExitCode));
        var runs = RunIndexJson.Read(Path.Combine(work.Out(target), RunIndexJson.FileName), out var error) ?? throw new InvalidOperationException(error);
        Assert.Equal(finished.Select(f => Path.GetFileName(f.Folder)).Order(StringComparer.Ordinal), runs.Select(r => r.Folder).Order(StringComparer.Ordinal));
        Assert.All(runs, r => Assert.Equal(RunStatus.Kept, r.Status));
        Assert.Empty(work.Unfinished(target));
    }

    /// <summary>The first "slow: finished" line after node B's recovering firing: jobs of one target never overlap, so it is that firing's.</summary>
    private static (int ExitCode, string Folder)? FinishedAfterRecovery(IReadOnlyList<string> lines)
    {
        var recovered = lines.ToList().FindIndex(l => l.StartsWith("serve: slow: firing scheduled", StringComparison.Ordinal) && l.Contains("(recovering", StringComparison.Ordinal));
        return recovered < 0 ? null : ServeFiring.Finished(lines.Skip(recovered + 1)).Where(f => f.Target == "slow").Select(f => ((int, string)?)(f.ExitCode, f.Folder)).FirstOrDefault();
    }

    private static async Task Until(Func<bool> condition, TimeSpan timeout, params ServeProcess[] processes)
    {
        var clock = Stopwatch.StartNew();
        while (!condition())
        {
            if (clock.Elapsed > timeout)
            {
                Assert.Fail($"condition not met within {timeout.TotalSeconds} s\n{string.Join('\n', processes.Select(p => p.Transcript))}");
            }

            await Task.Delay(200);
        }
    }

    private static Regex FiringLine(string target, string node) => new($"^serve: {target}: firing scheduled (?<time>\\S+) started on {node}$");

    [GeneratedRegex(@"^serve: started on .* monitoring on (?<address>http://127\.0\.0\.1:\d+)$")]
    private static partial Regex StartedLine();
}
