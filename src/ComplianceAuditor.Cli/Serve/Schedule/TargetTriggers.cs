using ComplianceAuditor.Cli.Serve.Config;
using Quartz;

namespace ComplianceAuditor.Cli.Serve.Schedule;

/// <summary>
/// The Quartz trigger of a target: its cron schedule in its time zone, keyed by the target's name, with
/// the misfire policy the configuration chose (see docs/serve.md, "Missed firings").
/// </summary>
internal static class TargetTriggers
{
    /// <summary>The job key of a target's job: its name, in Quartz's default group.</summary>
    public static JobKey JobKey(ServeTarget target)
    {
        ArgumentNullException.ThrowIfNull(target);
        return new JobKey(target.Name);
    }

    /// <summary>The key of a target's trigger: its name, in Quartz's default group.</summary>
    public static TriggerKey TriggerKey(ServeTarget target)
    {
        ArgumentNullException.ThrowIfNull(target);
        return new TriggerKey(target.Name);
    }

    /// <summary>A trigger that fires from now on.</summary>
    public static ITrigger Build(ServeTarget target, TimeProvider time) => Build(target, time, since: null);

    /// <summary>
    /// A trigger whose first firing is the first scheduled one after <paramref name="since"/> (e.g. the
    /// newest run in runs.json), or after now when null. A first firing already past is a misfire, so
    /// an in-memory scheduler restarted after downtime applies the target's policy to the firings it
    /// missed while down, as the database store does for the triggers it kept.
    /// </summary>
    public static ITrigger Build(ServeTarget target, TimeProvider time, DateTimeOffset? since)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(time);
        var now = time.GetUtcNow();

        // One second on: a run records a time at or after its firing, so the firing it was is not found again.
        var start = since is { } last && last.AddSeconds(1) < now ? last.AddSeconds(1) : now;
        return TriggerBuilder.Create(time)
            .WithIdentity(TriggerKey(target))
            .ForJob(JobKey(target))
            .WithDescription(target.WrittenSchedule ?? target.Schedule)
            .WithSchedule(Schedule(target))
            .WithMisfireThreshold(target.MisfireThreshold)
            .StartAt(start)
            .Build();
    }

    /// <summary>The cron schedule of a target, in its zone, with its misfire instruction.</summary>
    public static CronScheduleBuilder Schedule(ServeTarget target)
    {
        ArgumentNullException.ThrowIfNull(target);
        return CronScheduleBuilder.Create(CronSchedule.Expression(target.Schedule, target.TimeZone))
            .InTimeZone(target.TimeZone)
            .WithMisfireInstruction(Instruction(target.Misfire));
    }

    public static CronTriggerMisfireInstruction Instruction(MisfirePolicy policy) => policy switch
    {
        MisfirePolicy.RunOnce => CronTriggerMisfireInstruction.FireAndProceed,
        MisfirePolicy.Skip => CronTriggerMisfireInstruction.DoNothing,
        _ => throw new ArgumentOutOfRangeException(nameof(policy), policy, "unknown misfire policy"),
    };

    /// <summary>
    /// Whether a trigger already stored (a database store keeps them across restarts) says what the
    /// configuration now says. Keep such a trigger rather than replacing it: replacing computes the next
    /// firing from now, so the firings missed while no replica ran would never count as misfired.
    /// </summary>
    public static bool Matches(ITrigger stored, ServeTarget target)
    {
        ArgumentNullException.ThrowIfNull(stored);
        ArgumentNullException.ThrowIfNull(target);
        return stored is ICronTrigger cron
            && cron.CronExpressionString == target.Schedule
            && cron.TimeZone.Id == target.TimeZone.Id
            && cron.MisfireInstruction == Instruction(target.Misfire)
            && stored.MisfireThreshold == target.MisfireThreshold
            && stored.JobKey.Equals(JobKey(target));
    }
}
