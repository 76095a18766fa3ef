using ComplianceAuditor.Cli.Serve.Monitoring;
using Quartz;

namespace ComplianceAuditor.Cli.Serve.Hosting;

/// <summary>
/// /healthz (liveness): the scheduler is running. /readyz (readiness): that, and for a clustered store the
/// database answers. A database outage must not fail liveness: the kubelet would restart every replica at
/// once, abandoning their audits, and keep them in CrashLoopBackOff until the database is back, though
/// Quartz reconnects by itself.
/// </summary>
internal sealed class ServeHealth(ISchedulerFactory schedulers, string? connectionString)
{
    public async Task<HealthState> LiveAsync(CancellationToken cancellation)
    {
        var scheduler = await schedulers.GetScheduler(cancellation).ConfigureAwait(false);
        if (scheduler.Status != SchedulerStatus.Running)
        {
            return new HealthState(false, $"scheduler {scheduler.Status.ToString().ToLowerInvariant()}");
        }

        return connectionString is null
            ? new HealthState(true, "scheduler running (in-memory store)")
            : new HealthState(true, $"scheduler running, instance {scheduler.SchedulerInstanceId}");
    }

    public async Task<HealthState> ReadyAsync(CancellationToken cancellation)
    {
        var live = await LiveAsync(cancellation).ConfigureAwait(false);
        if (!live.Healthy || connectionString is null)
        {
            return live;
        }

        var problem = await PostgresConnection.ProbeAsync(connectionString, MonitoringEndpoints.HealthTimeout, cancellation).ConfigureAwait(false);
        return problem is null
            ? new HealthState(true, $"{live.Detail}, PostgreSQL answers")
            : new HealthState(false, $"PostgreSQL: {problem}");
    }
}
