namespace ComplianceAuditor.Engine.Model;

/// <summary>A networking.k8s.io/v1 NetworkPolicy.</summary>
public sealed record NetworkPolicy(ObjectMeta Metadata, NetworkPolicySpec Spec);
