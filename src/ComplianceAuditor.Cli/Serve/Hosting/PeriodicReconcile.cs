using ComplianceAuditor.Cli.Serve.Schedule;
using Npgsql;
using Quartz;

namespace ComplianceAuditor.Cli.Serve.Hosting;

/// <summary>
/// On a clustered store, reconciles the stored schedule with this replica's configuration every
/// <see cref="ServeRuntime.ReconcileInterval"/>, under the same advisory lock as at start. After a rolling
/// update the replicas that remain all hold one configuration, so within an interval the store holds it
/// too: their targets are (re)scheduled with their definitions and targets they lack are deleted.
/// </summary>
internal static class PeriodicReconcile
{
    public static async Task RunAsync(IScheduler scheduler, ServeRuntime runtime, string connectionString, CancellationToken stopping)
    {
        using var timer = new PeriodicTimer(runtime.ReconcileInterval, runtime.Time);
        try
        {
            while (await timer.WaitForNextTickAsync(stopping).ConfigureAwait(false))
            {
                await OnceAsync(scheduler, runtime, connectionString, stopping).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            // The service is stopping.
        }
    }

    public static async Task OnceAsync(IScheduler scheduler, ServeRuntime runtime, string connectionString, CancellationToken stopping)
    {
        try
        {
            await PostgresStartup.UnderLockAsync(connectionString, () => ScheduleReconciler.ApplyAsync(scheduler, runtime.Config.Targets, runtime.Time, runtime.Log, ReconcilePass.Periodic, stopping), stopping).ConfigureAwait(false);
            foreach (var target in runtime.Config.Targets)
            {
                var trigger = await scheduler.GetTrigger(TargetTriggers.TriggerKey(target), stopping).ConfigureAwait(false);
                runtime.Metrics.SetNextFire(target.Name, trigger?.NextFireTimeUtc);
            }
        }
        catch (Exception e) when (e is SchedulerException or NpgsqlException or TimeoutException or InvalidOperationException or IOException)
        {
            // The database may be away for a while; the next interval tries again.
            runtime.Log.Write($"warning: periodic reconcile failed: {e.Message}");
        }
    }
}
