namespace ComplianceAuditor.Engine.Model;

/// <summary>Workload kinds that stand for the pods they would create.</summary>
public enum WorkloadKind
{
    Deployment,
    ReplicaSet,
    StatefulSet,
    DaemonSet,
    Job,
    CronJob,
    ReplicationController,
}
