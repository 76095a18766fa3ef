namespace ComplianceAuditor.Kubernetes.Live;

/// <summary>404 for a list: the server does not serve the resource (for a CRD: it is not installed).</summary>
internal sealed class ResourceNotServedException(ListedResource resource, string message)
    : Exception($"{resource.Resource} is not served by this API server: {message}")
{
    public ListedResource Resource { get; } = resource;
}
