namespace ComplianceAuditor.Kubernetes.Manifests.Nodes;

/// <summary>The JSON type a scalar resolves to; plain YAML scalars resolve like JSON values.</summary>
internal enum ScalarType : byte
{
    Null,
    Bool,
    Int,
    Float,
    String,
}
