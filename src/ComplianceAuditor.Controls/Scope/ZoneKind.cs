namespace ComplianceAuditor.Controls.Scope;

/// <summary>A zone of workloads (namespaces and pods) or of addresses outside the cluster's peers.</summary>
public enum ZoneKind
{
    Workload,
    Address,
}
