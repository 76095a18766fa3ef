namespace ComplianceAuditor.TestSupport.ApiServer;

/// <summary>Where a list lives on the API server and how its list object and errors name it.</summary>
internal sealed record ResourceRoute(FakeResourceKind Kind, string Path, string Group, string ApiVersion, string Plural, string ListKind)
{
    public static readonly IReadOnlyList<ResourceRoute> All =
    [
        new(FakeResourceKind.Namespaces, "/api/v1/namespaces", "", "v1", "namespaces", "NamespaceList"),
        new(FakeResourceKind.Pods, "/api/v1/pods", "", "v1", "pods", "PodList"),
        new(FakeResourceKind.NetworkPolicies, "/apis/networking.k8s.io/v1/networkpolicies", "networking.k8s.io", "networking.k8s.io/v1", "networkpolicies", "NetworkPolicyList"),
        new(FakeResourceKind.AdminNetworkPolicies, "/apis/policy.networking.k8s.io/v1alpha1/adminnetworkpolicies", "policy.networking.k8s.io", "policy.networking.k8s.io/v1alpha1", "adminnetworkpolicies", "AdminNetworkPolicyList"),
        new(FakeResourceKind.BaselineAdminNetworkPolicies, "/apis/policy.networking.k8s.io/v1alpha1/baselineadminnetworkpolicies", "policy.networking.k8s.io", "policy.networking.k8s.io/v1alpha1", "baselineadminnetworkpolicies", "BaselineAdminNetworkPolicyList"),
        new(FakeResourceKind.CiliumNetworkPolicies, "/apis/cilium.io/v2/ciliumnetworkpolicies", "cilium.io", "cilium.io/v2", "ciliumnetworkpolicies", "CiliumNetworkPolicyList"),
    ];

    /// <summary>"pods" or "networkpolicies.networking.k8s.io": how the API server names a group resource in messages.</summary>
    public string GroupResource => Group.Length == 0 ? Plural : $"{Plural}.{Group}";

    public static ResourceRoute For(FakeResourceKind kind) => All[(int)kind];

    public static ResourceRoute? ForPath(string path)
    {
        foreach (var route in All)
        {
            if (string.Equals(route.Path, path, StringComparison.Ordinal))
            {
                return route;
            }
        }

        return null;
    }
}
