using System.Globalization;
using Quartz;

namespace ComplianceAuditor.Cli.Serve.Hosting;

/// <summary>
/// A firing this replica may not run (its configuration lacks the target, or defines it differently from
/// the store, as in a rolling update) is not dropped: returning would tell Quartz it ran. It is offered
/// again a little later through a one-shot trigger of the same job, which any replica may pick up.
/// </summary>
/// <remarks>
/// One retry trigger per target, under its own key: a second deferral moves it rather than adding another,
/// so retries never pile up. It carries the original scheduled time for the log.
/// </remarks>
internal static class FiringRetry
{
    private const string ScheduledKey = "scheduled";

    public static TriggerKey Key(JobKey job) => new($"{job.Name}.retry", job.Group);

    public static async Task DeferAsync(IJobExecutionContext context, ServeRuntime runtime, string why, CancellationToken cancellation)
    {
        var scheduled = Scheduled(context);
        var at = runtime.Time.GetUtcNow() + runtime.RetryDelay;
        var key = Key(context.JobDetail.Key);
        var retry = TriggerBuilder.Create(runtime.Time)
            .WithIdentity(key)
            .ForJob(context.JobDetail.Key)
            .WithDescription($"retry of the firing scheduled {ServeLog.Time(scheduled)}")
            .UsingJobData(ScheduledKey, scheduled.ToString("O", CultureInfo.InvariantCulture))
            .StartAt(at)
            .Build();

        // Replacing is one store operation, so two replicas deferring at once leave one retry. Replacing
        // the retry trigger that is firing now is safe too: Quartz deletes a finished one-shot trigger
        // only when the stored one has no next fire time, and the replacement has one.
        await context.Scheduler.ScheduleJob(retry, ScheduleJobOptions.Replacing, cancellation).ConfigureAwait(false);
        runtime.Log.Target(context.JobDetail.Key.Name, $"firing scheduled {ServeLog.Time(scheduled)} not run on {runtime.InstanceId}: {why}; offered again at {ServeLog.Time(at)} to a replica that has it");
    }

    /// <summary>The time the firing was scheduled for; for a retry, the original firing's.</summary>
    public static DateTimeOffset Scheduled(IJobExecutionContext context) =>
        context.Trigger.JobDataMap.TryGetString(ScheduledKey, out var text) && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var original)
            ? original
            : context.ScheduledFireTimeUtc ?? context.FireTimeUtc;
}
