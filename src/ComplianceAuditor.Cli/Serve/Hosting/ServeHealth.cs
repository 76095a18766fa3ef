using ComplianceAuditor.Cli.Serve.Monitoring;
using Quartz;

namespace ComplianceAuditor.Cli.Serve.Hosting;

/// <summary>/healthz: the scheduler is running and, for a clustered store, the database answers.</summary>
internal sealed class ServeHealth(ISchedulerFactory schedulers, string? connectionString)
{
    public async Task<HealthState> CheckAsync(CancellationToken cancellation)
    {
        var scheduler = await schedulers.GetScheduler(cancellation).ConfigureAwait(false);
        if (scheduler.Status != SchedulerStatus.Running)
        {
            return new HealthState(false, $"scheduler {scheduler.Status.ToString().ToLowerInvariant()}");
        }

        if (connectionString is null)
        {
            return new HealthState(true, "scheduler running (in-memory store)");
        }

        var problem = await PostgresConnection.ProbeAsync(connectionString, MonitoringEndpoints.HealthTimeout, cancellation).ConfigureAwait(false);
        return problem is null
            ? new HealthState(true, $"scheduler running, instance {scheduler.SchedulerInstanceId}, PostgreSQL answers")
            : new HealthState(false, $"PostgreSQL: {problem}");
    }
}
