namespace ComplianceAuditor.Kubernetes.Live;

/// <summary>Says exactly which RBAC rule is missing when the API server answers 401 or 403.</summary>
internal static class RbacAdvice
{
    public static string Forbidden(ListedResource resource, string serverMessage) =>
        $"cannot list {resource.Resource} at the cluster scope: grant get,list on {resource.Plural}"
        + $" (apiGroups: [\"{resource.Group}\"]) in a ClusterRole bound to the identity the kubeconfig uses."
        + $" The API server said: {serverMessage}";

    public static string Unauthorized(ListedResource resource, string serverMessage) =>
        $"the API server rejected the credentials (401 Unauthorized) when listing {resource.Resource}:"
        + $" the kubeconfig's user, token or certificate is missing, expired or wrong. The API server said: {serverMessage}";
}
