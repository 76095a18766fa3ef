namespace ComplianceAuditor.Cli.Serve.Hosting;

/// <summary>Which reconciliation of the schedule with this replica's configuration is running.</summary>
internal enum ReconcilePass
{
    /// <summary>
    /// At start: every configured target is written to the store and logged; jobs the configuration lacks
    /// are kept, as they may be a newer replica's targets.
    /// </summary>
    Startup,

    /// <summary>
    /// Every minute on a clustered store: only changes are written and logged, and jobs this replica's
    /// configuration lacks are deleted, so the configuration of the replicas that stay wins.
    /// </summary>
    Periodic,
}
