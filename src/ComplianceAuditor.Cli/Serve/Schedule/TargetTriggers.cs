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

    /// <summary>The trigger of a target's schedule, firing from now on.</summary>
    public static ITrigger Build(ServeTarget target, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(time);
        return TriggerBuilder.Create(time)
            .WithIdentity(TriggerKey(target))
            .ForJob(JobKey(target))
            .WithDescription(target.WrittenSchedule ?? target.Schedule)
            .WithSchedule(Schedule(target))
            .WithMisfireThreshold(target.MisfireThreshold)
            .StartAt(time.GetUtcNow())
            .Build();
    }

    /// <summary>
    /// For a trigger scheduled afresh (every start of the in-memory store; a database store's first): a
    /// one-off trigger for the target's job that runs it now when its policy says a firing missed since
    /// <paramref name="lastRun"/> (the newest run in runs.json) is due, else null. A trigger a database
    /// store kept needs none: Quartz applies the policy to it itself.
    /// </summary>
    /// <remarks>
    /// Quartz would not: a new cron trigger starting in the past has its first firing moved past now
    /// when it is stored, so the firings before now are never seen as missed. Run-once catches up once
    /// whatever was missed; skip runs only a firing that is still within the threshold, as Quartz treats
    /// a firing late by less than that as on time.
    /// </remarks>
    public static ITrigger? CatchUp(ServeTarget target, DateTimeOffset? lastRun, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(time);
        var now = time.GetUtcNow();
        if (lastRun is not { } last || Missed(target, last, now) is not { } latest)
        {
            return null;
        }

        if (target.Misfire == MisfirePolicy.Skip && now - latest > target.MisfireThreshold)
        {
            return null;
        }

        return TriggerBuilder.Create(time)
            .WithIdentity(new TriggerKey($"{target.Name}.catch-up"))
            .ForJob(JobKey(target))
            .WithDescription($"the firing of {latest.UtcDateTime:yyyy-MM-dd HH:mm:ss}Z, missed while the service was down")
            .StartAt(now)
            .Build();
    }

    /// <summary>The latest scheduled firing after <paramref name="lastRun"/> and not after <paramref name="now"/>, if any.</summary>
    public static DateTimeOffset? Missed(ServeTarget target, DateTimeOffset lastRun, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(target);
        // Strictly before now plus a second: a firing at exactly now counts as missed too.
        var latest = CronSchedule.Expression(target.Schedule, target.TimeZone).GetPreviousValidTimeBefore(now.AddSeconds(1));
        return latest is { } fire && fire > lastRun && fire <= now ? fire : null;
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
