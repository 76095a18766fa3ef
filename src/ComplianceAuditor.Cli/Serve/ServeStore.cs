namespace ComplianceAuditor.Cli.Serve;

/// <summary>Where the schedule lives: in the process (one replica) or in PostgreSQL, shared by a cluster of replicas.</summary>
internal enum ServeStore
{
    Memory,
    Postgres,
}
