using System.Globalization;
using ComplianceAuditor.Cli.Serve.Config;
using ComplianceAuditor.Cli.Serve.Schedule;
using Microsoft.Extensions.Time.Testing;
using Quartz;

namespace ComplianceAuditor.Cli.Tests.Serve;

/// <summary>
/// A real Quartz scheduler (in-memory store) on a fake clock, running <see cref="RecordingJob"/> for one
/// target. The test moves the clock; the scheduler's thread notices through the clock's timers. Waits
/// are polls with a generous real-time limit, never assertions about how long anything took.
/// </summary>
internal sealed class FakeClockScheduler : IAsyncDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    private readonly StandaloneSchedulerFactory factory;
    private readonly string run = Guid.NewGuid().ToString("N");

    private FakeClockScheduler(FakeTimeProvider clock, StandaloneSchedulerFactory factory, IScheduler scheduler)
    {
        Clock = clock;
        this.factory = factory;
        Scheduler = scheduler;
    }

    public FakeTimeProvider Clock { get; }

    public IScheduler Scheduler { get; }

    public IReadOnlyList<DateTimeOffset> Fired => RecordingJob.FiredIn(run);

    public static async Task<FakeClockScheduler> StartAsync(DateTimeOffset now)
    {
        var clock = new FakeTimeProvider(now);
        var name = $"serve-test-{Guid.NewGuid():N}";
        var factory = QuartzSchedulerBuilder.Create(q => q
            .ConfigureScheduler(options => options.InstanceName = name)
            .UseDefaultThreadPool(maxConcurrency: 2)
            .UseInMemoryStore()
            .UseTimeProvider(clock)).Build();
        var scheduler = await factory.GetScheduler().ConfigureAwait(false);
        await scheduler.Start().ConfigureAwait(false);
        return new FakeClockScheduler(clock, factory, scheduler);
    }

    /// <summary>Schedules the target's job with the trigger <see cref="TargetTriggers"/> builds.</summary>
    public async Task ScheduleAsync(ServeTarget target, DateTimeOffset? lastRun = null)
    {
        var job = JobBuilder.Create<RecordingJob>().WithIdentity(TargetTriggers.JobKey(target)).UsingJobData(RecordingJob.RunKey, run).Build();
        await Scheduler.ScheduleJob(job, TargetTriggers.Build(target, Clock)).ConfigureAwait(false);
        if (TargetTriggers.CatchUp(target, lastRun, Clock) is { } catchUp)
        {
            await Scheduler.ScheduleJob(catchUp).ConfigureAwait(false);
        }
    }

    /// <summary>Sets the clock to <paramref name="time"/> and waits until <paramref name="count"/> firings have been recorded.</summary>
    public async Task AdvanceToAsync(DateTimeOffset time, int count)
    {
        Clock.SetUtcNow(time);
        await WaitForAsync(count).ConfigureAwait(false);
    }

    public async Task WaitForAsync(int count)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (Fired.Count < count && DateTime.UtcNow < deadline)
        {
            await Task.Delay(10).ConfigureAwait(false);
        }

        Assert.True(Fired.Count >= count, $"expected {count} firings by {Clock.GetUtcNow():O}, found {Fired.Count}: {string.Join(", ", Fired.Select(Text))}");
    }

    /// <summary>Waits until the scheduler has moved the target's trigger to <paramref name="next"/> (how a skipped misfire shows).</summary>
    public async Task WaitForNextFireAsync(ServeTarget target, DateTimeOffset next)
    {
        var deadline = DateTime.UtcNow + Patience;
        DateTimeOffset? found = null;
        while (DateTime.UtcNow < deadline)
        {
            found = (await Scheduler.GetTrigger(TargetTriggers.TriggerKey(target)).ConfigureAwait(false))?.NextFireTimeUtc;
            if (found == next)
            {
                return;
            }

            await Task.Delay(10).ConfigureAwait(false);
        }

        Assert.Fail($"the next firing stayed at {found:O}, expected {next:O}");
    }

    public static string Text(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    public async ValueTask DisposeAsync()
    {
        await Scheduler.Shutdown(waitForJobsToComplete: true).ConfigureAwait(false);
        await factory.DisposeAsync().ConfigureAwait(false);
    }
}
