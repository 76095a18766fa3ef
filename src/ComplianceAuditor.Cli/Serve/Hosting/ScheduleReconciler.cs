using ComplianceAuditor.Cli.Retention;
using ComplianceAuditor.Cli.Serve.Config;
using ComplianceAuditor.Cli.Serve.Schedule;
using Quartz;

namespace ComplianceAuditor.Cli.Serve.Hosting;

/// <summary>
/// Makes the store's jobs and triggers what the configuration says: a job and a trigger per target,
/// nothing else in the serve group.
/// </summary>
/// <remarks>
/// A trigger whose schedule is unchanged is left alone. Replacing a trigger computes its next fire time
/// afresh from now: an unchanged schedule would give the same time, but a firing due in the moment of
/// the replacement could be skipped, and a misfired one (the service was down) would be forgotten
/// rather than handled by the misfire policy. So only a changed schedule is replaced, and then the old
/// schedule's pending or missed firings are dropped on purpose: they belong to a schedule no longer
/// configured. On a clustered store replicas starting together reconcile one after the other
/// (<see cref="PostgresStartup"/> holds an advisory lock around this), so the second finds the first's
/// triggers, equal to its own, and keeps them. Replicas whose configurations differ (a rolling update)
/// each write their own definition; the periodic pass (<see cref="ReconcilePass.Periodic"/>) makes the
/// configuration of the replicas still running win, and <see cref="AuditJob"/> runs a firing only on a
/// replica whose definition is the stored one.
/// </remarks>
internal static class ScheduleReconciler
{
    /// <summary>The group every target's job and trigger live in (Quartz's default, see <see cref="TargetTriggers"/>).</summary>
    public const string Group = JobKey.DefaultGroup;

    public static async Task ApplyAsync(IScheduler scheduler, IEnumerable<ServeTarget> targets, TimeProvider time, ServeLog log, CancellationToken cancellation) =>
        await ApplyAsync(scheduler, targets, time, log, ReconcilePass.Startup, cancellation).ConfigureAwait(false);

    public static async Task ApplyAsync(IScheduler scheduler, IEnumerable<ServeTarget> targets, TimeProvider time, ServeLog log, ReconcilePass pass, CancellationToken cancellation)
    {
        var configured = new HashSet<string>(StringComparer.Ordinal);
        foreach (var target in targets.OrderBy(t => t.Name, StringComparer.Ordinal))
        {
            configured.Add(target.Name);
            await ApplyAsync(scheduler, target, time, log, pass, cancellation).ConfigureAwait(false);
        }

        var jobs = await scheduler.QueryJobs(new JobQuery { Group = GroupMatcher<JobKey>.GroupEquals(Group), Take = PagedQuery.All }, cancellation).ConfigureAwait(false);
        foreach (var key in jobs.Items.Select(j => j.Key).Where(k => !configured.Contains(k.Name)).OrderBy(k => k.Name, StringComparer.Ordinal))
        {
            if (pass == ReconcilePass.Startup)
            {
                // Perhaps a newer replica's target, stored moments ago in a rolling update: deleting it here
                // would stop it for good. The periodic pass deletes it if this replica is one that stays.
                log.Target(key.Name, "not in this replica's configuration: kept for now (another replica may have it; if this configuration stays, it is deleted within a reconcile interval)");
            }
            else if (await scheduler.DeleteJob(key, cancellation).ConfigureAwait(false))
            {
                log.Target(key.Name, "no longer configured: its job and trigger were deleted (run folders and runs.json are kept)");
            }
        }
    }

    public static IJobDetail Job(ServeTarget target) => JobBuilder.Create<AuditJob>()
        .WithIdentity(TargetTriggers.JobKey(target))
        .WithDescription($"audit of {TargetRequest.Describe(target.Cluster)}")
        .UsingJobData(TargetDefinition.Key, TargetDefinition.Hash(target))
        .DisallowConcurrentExecution(true)
        .RequestRecovery(true)
        .Build();

    private static async Task ApplyAsync(IScheduler scheduler, ServeTarget target, TimeProvider time, ServeLog log, ReconcilePass pass, CancellationToken cancellation)
    {
        var job = Job(target);
        var existing = await scheduler.GetTrigger(TargetTriggers.TriggerKey(target), cancellation).ConfigureAwait(false);
        var existingJob = await scheduler.GetJobDetail(job.Key, cancellation).ConfigureAwait(false);
        if (existing is not null && existingJob is not null && TargetTriggers.Matches(existing, target))
        {
            if (!SameJob(existingJob, job))
            {
                await scheduler.AddJob(job, AddJobOptions.ReplacingAndStoringNonDurable, cancellation).ConfigureAwait(false);
                log.Target(target.Name, "definition differed from this replica's (another replica stored its own): replaced with this replica's");
            }

            if (pass == ReconcilePass.Startup)
            {
                log.Target(target.Name, $"schedule unchanged, kept: next fire {Next(existing)}");
            }

            return;
        }

        // A trigger scheduled afresh fires from now on (Quartz moves a past start to now), so firings
        // missed since the newest run in runs.json (an in-memory service restarted, a first start on
        // PostgreSQL) get a one-off catch-up trigger as the misfire policy says. A changed schedule
        // starts now: the old schedule's missed firings belong to a schedule no longer configured.
        var trigger = TargetTriggers.Build(target, time);
        var catchUp = existing is null ? TargetTriggers.CatchUp(target, NewestRun(target), time) : null;
        await scheduler.ScheduleJob(job, catchUp is null ? [trigger] : [trigger, catchUp], ScheduleJobOptions.Replacing, cancellation).ConfigureAwait(false);
        var stored = await scheduler.GetTrigger(trigger.Key, cancellation).ConfigureAwait(false) ?? trigger;
        log.Target(target.Name, $"{(existing is null ? "scheduled" : "schedule changed, replaced")}: {Describe(trigger)}, next fire {Next(stored)}");
        if (catchUp is not null)
        {
            log.Target(target.Name, $"catch-up: {catchUp.Description}; one audit now ({target.Misfire switch { MisfirePolicy.Skip => "skip: still within misfireThreshold", _ => "run-once" }})");
        }
    }

    private static bool SameJob(IJobDetail stored, IJobDetail wanted) =>
        stored.JobType.Equals(wanted.JobType)
        && stored.RequestsRecovery == wanted.RequestsRecovery
        && stored.ConcurrentExecutionDisallowed == wanted.ConcurrentExecutionDisallowed
        && stored.Description == wanted.Description
        && TargetDefinition.Of(stored) == TargetDefinition.Of(wanted);

    private static DateTimeOffset? NewestRun(ServeTarget target)
    {
        var path = Path.Combine(target.Out, RunIndexJson.FileName);
        var runs = File.Exists(path) ? RunIndexJson.Read(path, out _) : null;
        return runs?.Where(r => r.Kind == "audit").Select(r => r.SortTime).DefaultIfEmpty().Max() is { } newest && newest != default ? newest : null;
    }

    private static string Describe(ITrigger trigger) =>
        trigger is ICronTrigger cron ? $"cron \"{cron.CronExpressionString}\" in {cron.TimeZone.Id}" : trigger.GetType().Name;

    private static string Next(ITrigger trigger) =>
        trigger.NextFireTimeUtc is { } next ? ServeLog.Time(next) : "never";
}
