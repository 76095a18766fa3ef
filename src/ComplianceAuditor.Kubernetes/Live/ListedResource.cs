namespace ComplianceAuditor.Kubernetes.Live;

/// <summary>
/// A resource the snapshot lists cluster-wide: its API coordinates (for RBAC messages), the kind
/// of its objects, whether a server may lack it (an optional CRD), and how to fetch one page.
/// </summary>
internal sealed record ListedResource(
    string Plural,
    string Group,
    string Version,
    string Kind,
    bool Optional,
    Func<k8s.IKubernetes, int, string?, CancellationToken, Task<ListPage>> FetchPage)
{
    /// <summary>"pods", or "networkpolicies.networking.k8s.io" as RBAC and kubectl name it.</summary>
    public string Resource => Group.Length == 0 ? Plural : $"{Plural}.{Group}";

    public string ApiVersion => Group.Length == 0 ? Version : $"{Group}/{Version}";
}
