using ComplianceAuditor.Cli.Serve.Hosting;
using Quartz;

namespace ComplianceAuditor.Cli.Tests.Serve;

/// <summary>Liveness does not depend on the database (an outage would restart every replica); readiness does.</summary>
public sealed class ServeHealthTests
{
    private const string Unreachable = "Host=127.0.0.1;Port=1;Username=auditor;Password=hunter2;Database=auditor;Timeout=1";

    [Fact]
    public async Task With_the_database_away_the_replica_is_alive_but_not_ready()
    {
        var scheduler = await QuartzSchedulerBuilder.Create(q => QuartzSetup.Configure(q, null, "node", null, TimeProvider.System)).BuildScheduler();
        await scheduler.Start();
        try
        {
            var health = new ServeHealth(new OneScheduler(scheduler), Unreachable);

            var live = await health.LiveAsync(default);
            var ready = await health.ReadyAsync(default);

            Assert.True(live.Healthy, live.Detail);
            Assert.StartsWith("scheduler running, instance ", live.Detail, StringComparison.Ordinal);
            Assert.False(ready.Healthy);
            Assert.StartsWith("PostgreSQL: ", ready.Detail, StringComparison.Ordinal);
        }
        finally
        {
            await scheduler.Shutdown(waitForJobsToComplete: false, default);
        }
    }

    [Fact]
    public async Task A_scheduler_not_running_is_neither_alive_nor_ready()
    {
        var scheduler = await QuartzSchedulerBuilder.Create(q => QuartzSetup.Configure(q, null, "node", null, TimeProvider.System)).BuildScheduler();
        try
        {
            var health = new ServeHealth(new OneScheduler(scheduler), Unreachable);

            Assert.Equal((false, "scheduler created"), ((await health.LiveAsync(default)).Healthy, (await health.LiveAsync(default)).Detail));
            Assert.False((await health.ReadyAsync(default)).Healthy);
        }
        finally
        {
            await scheduler.Shutdown(waitForJobsToComplete: false, default);
        }
    }

    private sealed class OneScheduler(IScheduler scheduler) : ISchedulerFactory
    {
        public ValueTask<List<IScheduler>> GetAllSchedulers(CancellationToken cancellationToken = default) => ValueTask.FromResult<List<IScheduler>>([scheduler]);

        public ValueTask<IScheduler> GetScheduler(CancellationToken cancellationToken = default) => ValueTask.FromResult(scheduler);

        public ValueTask<IScheduler?> LookupScheduler(string schedName, CancellationToken cancellationToken = default) => ValueTask.FromResult<IScheduler?>(scheduler);
    }
}
