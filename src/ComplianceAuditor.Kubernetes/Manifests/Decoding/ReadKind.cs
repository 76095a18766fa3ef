using ComplianceAuditor.Engine.Model;

namespace ComplianceAuditor.Kubernetes.Manifests.Decoding;

/// <summary>A kind the loader reads, with the one apiVersion it is read as.</summary>
internal sealed record ReadKind(string Name, string ApiVersion, WorkloadKind? Workload = null)
{
    public bool IsClusterScoped => Name == "Namespace";
}
