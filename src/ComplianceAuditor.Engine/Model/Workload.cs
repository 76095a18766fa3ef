namespace ComplianceAuditor.Engine.Model;

/// <summary>A Deployment, ReplicaSet, StatefulSet, DaemonSet, Job, CronJob or ReplicationController.</summary>
public sealed record Workload(WorkloadKind Kind, ObjectMeta Metadata, PodTemplate Template);
