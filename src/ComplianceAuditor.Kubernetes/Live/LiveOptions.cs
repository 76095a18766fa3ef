namespace ComplianceAuditor.Kubernetes.Live;

/// <summary>How to reach the cluster and how patient to be with it.</summary>
public sealed record LiveOptions
{
    /// <summary>A kubeconfig file; null for $KUBECONFIG or ~/.kube/config (or the in-cluster config in a pod).</summary>
    public string? Kubeconfig { get; init; }

    public string? Context { get; init; }

    /// <summary>The deadline for the whole snapshot, retries included.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>The longest one request may take before it is abandoned and retried.</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Items per list page (the API's <c>limit</c>).</summary>
    public int PageSize { get; init; } = 500;

    /// <summary>How often a list whose continue token expired (410 Gone) is started again.</summary>
    public int MaxListRestarts { get; init; } = 3;

    /// <summary>Record what could not be listed instead of failing; every result then shows it as not evaluated.</summary>
    public bool AllowPartial { get; init; }

    /// <summary>
    /// Only the pod's service account will do (a `serve` target with inCluster): outside a pod, fail
    /// rather than fall back to a kubeconfig, which would audit whatever cluster that points at.
    /// </summary>
    public bool InClusterOnly { get; init; }
}
