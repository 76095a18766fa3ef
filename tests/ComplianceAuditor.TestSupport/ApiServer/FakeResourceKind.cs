namespace ComplianceAuditor.TestSupport.ApiServer;

/// <summary>The cluster-wide lists the fake API server serves.</summary>
public enum FakeResourceKind
{
    Namespaces,
    Pods,
    NetworkPolicies,
    AdminNetworkPolicies,
    BaselineAdminNetworkPolicies,
    CiliumNetworkPolicies,
}
