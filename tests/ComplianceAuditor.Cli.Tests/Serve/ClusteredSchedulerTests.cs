using System.Collections.Concurrent;
using System.Diagnostics;
using ComplianceAuditor.Cli.Serve.Hosting;
using ComplianceAuditor.TestSupport.Postgres;
using Quartz;

namespace ComplianceAuditor.Cli.Tests.Serve;

/// <summary>
/// Two schedulers configured exactly as `serve --store postgres` configures Quartz (QuartzSetup), in
/// this process, on one fresh database: every scheduled firing of every job runs once, on one of them.
/// </summary>
[Collection(ServeProcesses.Name)]
public sealed class ClusteredSchedulerTests
{
    private static readonly TimeSpan Period = TimeSpan.FromSeconds(2);

    [Fact]
    public async Task Two_clustered_schedulers_run_every_scheduled_firing_exactly_once_and_miss_none()
    {
        var connectionString = await (await PostgresServer.GetAsync()).CreateDatabaseAsync();
        var runs = new ConcurrentQueue<Execution>();
        RecordingJob.Sink = runs;
        string[] jobs = ["job-1", "job-2", "job-3"];
        var a = await BuildAsync(connectionString, "node-a");
        var b = await BuildAsync(connectionString, "node-b");
        try
        {
            foreach (var name in jobs)
            {
                var job = JobBuilder.Create<RecordingJob>().WithIdentity(name).DisallowConcurrentExecution(true).RequestRecovery(true).Build();
                var trigger = TriggerBuilder.Create(TimeProvider.System).WithIdentity(name).ForJob(name)
                    .WithSchedule(CronScheduleBuilder.Create("0/2 * * * * ?")).StartNow().Build();

                // Scheduled through either node: the store is shared.
                await (name == "job-2" ? b : a).ScheduleJob(job, [trigger], ScheduleJobOptions.Replacing, default);
            }

            await a.Start();
            await b.Start();
            var clock = Stopwatch.StartNew();
            while (jobs.Any(j => runs.Count(r => r.Job == j) < 6) && clock.Elapsed < TimeSpan.FromSeconds(60))
            {
                await Task.Delay(200);
            }
        }
        finally
        {
            await a.Shutdown(waitForJobsToComplete: true, default);
            await b.Shutdown(waitForJobsToComplete: true, default);
        }

        var all = runs.ToList();
        var transcript = string.Join('\n', all.OrderBy(r => r.Scheduled).Select(r => $"{r.Job} {r.Scheduled:O} {r.Node}"));
        Assert.All(all, r => Assert.Contains(r.Node, new[] { "node-a", "node-b" }));
        foreach (var job in jobs)
        {
            var scheduled = all.Where(r => r.Job == job).Select(r => r.Scheduled).Order().ToList();
            Assert.True(scheduled.Count >= 6, $"{job}: {scheduled.Count} firings\n{transcript}");
            Assert.True(scheduled.Distinct().Count() == scheduled.Count, $"{job}: a firing ran twice\n{transcript}");
            Assert.All(scheduled.Zip(scheduled.Skip(1)), p => Assert.True(p.Second - p.First == Period, $"{job}: missed firings between {p.First:O} and {p.Second:O}\n{transcript}"));
        }
    }

    private static async Task<IScheduler> BuildAsync(string connectionString, string instanceId) =>
        await QuartzSchedulerBuilder.Create(quartz => QuartzSetup.Configure(quartz, connectionString, instanceId, TimeSpan.FromSeconds(1), TimeProvider.System)).BuildScheduler();

    internal sealed record Execution(string Job, DateTimeOffset Scheduled, string Node);

    /// <summary>Records which node ran which scheduled firing; nothing else.</summary>
    [DisallowConcurrentExecution]
    internal sealed class RecordingJob : IJob
    {
        public static ConcurrentQueue<Execution> Sink { get; set; } = new();

        public ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
        {
            Sink.Enqueue(new Execution(context.JobDetail.Key.Name, context.ScheduledFireTimeUtc ?? context.FireTimeUtc, context.Scheduler.SchedulerInstanceId));
            return ValueTask.CompletedTask;
        }
    }
}
