namespace ComplianceAuditor.Kubernetes.Tests.ApiServer;

/// <summary>
/// GC.GetTotalAllocatedBytes counts the whole process, so tests that measure it run alone, not beside
/// other test classes.
/// </summary>
[CollectionDefinition(nameof(AllocationMeasurement), DisableParallelization = true)]
public sealed class AllocationMeasurement;
