namespace ComplianceAuditor.Cli.Serve;

/// <summary>What `serve` was asked to do, from its command line (and COMPLIANCE_AUDITOR_POSTGRES).</summary>
/// <param name="ConnectionString">Npgsql connection string; only with <see cref="ServeStore.Postgres"/>.</param>
/// <param name="InstanceId">This replica's name in the cluster; null to derive one from the host name.</param>
/// <param name="ShutdownGrace">How long a running audit may go on after SIGTERM before it is cancelled.</param>
/// <param name="CheckinInterval">How often a clustered replica records that it is alive; null for Quartz's default.</param>
internal sealed record ServeOptions(
    string ConfigFile,
    ServeStore Store,
    string? ConnectionString,
    string? InstanceId,
    TimeSpan ShutdownGrace,
    TimeSpan? CheckinInterval)
{
    /// <summary>The environment variable read when --connection-string is not given: the way a Kubernetes Secret reaches the pod.</summary>
    public const string ConnectionStringVariable = "COMPLIANCE_AUDITOR_POSTGRES";
}
