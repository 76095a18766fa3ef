using Quartz;

namespace ComplianceAuditor.Cli.Serve.Hosting;

/// <summary>The scheduler's configuration, shared by the service and the cluster tests so they test what runs.</summary>
internal static class QuartzSetup
{
    public const string SchedulerName = "compliance-auditor";

    /// <param name="connectionString">PostgreSQL for a clustered store; null for the in-memory store.</param>
    /// <param name="checkinInterval">How often a clustered replica records it is alive; null for Quartz's default.</param>
    public static void Configure(IQuartzBuilder quartz, string? connectionString, string instanceId, TimeSpan? checkinInterval, TimeProvider time)
    {
        quartz.UseTimeProvider(time);
        quartz.ConfigureScheduler(scheduler =>
        {
            scheduler.InstanceName = SchedulerName;

            // Quartz cancels a running job's token as soon as it shuts down; the job then gives the audit
            // --shutdown-grace before cancelling it (ShutdownGrace), and the shutdown waits for that.
            scheduler.ShutdownJobInterruption = ShutdownJobInterruption.WhenWaitingForJobs;
            if (connectionString is not null)
            {
                scheduler.InstanceId = instanceId;
            }
        });

        if (connectionString is null)
        {
            quartz.UseInMemoryStore(_ => { });
            return;
        }

        quartz.UsePersistentStore(store =>
        {
            store.UsePostgres(connectionString);
            store.UseSystemTextJsonSerializer(_ => { });
            store.UseClustering(cluster =>
            {
                if (checkinInterval is { } interval)
                {
                    // A replica is written off after a missed check-in plus this threshold; one interval
                    // keeps failover near two intervals without declaring a merely slow replica dead.
                    cluster.CheckinInterval = interval;
                    cluster.CheckinMisfireThreshold = interval < TimeSpan.FromSeconds(2) ? TimeSpan.FromSeconds(2) : interval;
                }
            });
            store.ConfigureStore(options =>
            {
                options.SchemaProvisioning = SchemaProvisioning.CreateIfMissing;

                // An audit abandoned at shutdown is handed to another replica (or this one when it starts
                // again) rather than lost: the run it would have made is still owed.
                options.RecoverFiringsCancelledByShutdown = true;
            });
        });
    }
}
