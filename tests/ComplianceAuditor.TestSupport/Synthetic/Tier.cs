namespace ComplianceAuditor.TestSupport.Synthetic;

/// <summary>The role of an application in its namespace; it decides ports, workload kind and who calls it.</summary>
internal enum Tier
{
    Frontend,
    Backend,
    Worker,
    Database,
    Cache,
    Queue,
    Batch,
}
