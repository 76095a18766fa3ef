namespace ComplianceAuditor.Kubernetes.Live;

/// <summary>
/// Lists one resource page by page with <c>limit</c> and <c>continue</c>, minimizing each page as
/// it arrives. An expired continue token (410 Gone) starts the list again from the beginning,
/// a bounded number of times, and drops what the aborted list had gathered: a list is one
/// consistent read or nothing.
/// </summary>
internal sealed class ResourceLister(k8s.IKubernetes client, ApiCaller caller, LiveOptions options, Action<string>? progress)
{
    /// <summary>The resource's objects, or null when an optional resource is not served.</summary>
    public async Task<Snapshots.SnapshotSection?> ListAsync(ListedResource resource, CancellationToken cancellation)
    {
        for (var restart = 0; ; restart++)
        {
            try
            {
                return await ListOnceAsync(resource, cancellation).ConfigureAwait(false);
            }
            catch (ContinueExpiredException expired) when (restart < options.MaxListRestarts)
            {
                progress?.Invoke($"{resource.Resource}: the continue token expired ({expired.Message}); listing again from the start");
            }
            catch (ContinueExpiredException expired)
            {
                throw new LiveClusterException($"cannot list {resource.Resource}: the continue token expired {options.MaxListRestarts + 1} times (410 Gone: {expired.Message}); the cluster changes faster than it can be paged through at this page size (--page-size)");
            }
            catch (ResourceNotServedException) when (resource.Optional)
            {
                progress?.Invoke($"{resource.Resource}: not served by this cluster (CRD not installed); recorded as absent");
                return null;
            }
            catch (ResourceNotServedException notServed)
            {
                throw new LiveClusterException($"cannot list {resource.Resource}: {notServed.Message}");
            }
        }
    }

    private async Task<Snapshots.SnapshotSection> ListOnceAsync(ListedResource resource, CancellationToken cancellation)
    {
        var items = new List<byte[]>();
        string? token = null;
        string? resourceVersion = null;
        for (var page = 1; ; page++)
        {
            var result = await caller.CallAsync(resource, ct => resource.FetchPage(client, options.PageSize, token, ct), cancellation).ConfigureAwait(false);
            items.AddRange(result.Items);

            // The first page's resourceVersion is the list's: every later page continues that read.
            resourceVersion ??= result.ResourceVersion;
            progress?.Invoke($"{resource.Resource}: page {page}, {items.Count:N0} objects");
            if (string.IsNullOrEmpty(result.Continue))
            {
                return new Snapshots.SnapshotSection(resource.Resource, resource.Kind, resourceVersion, items);
            }

            token = result.Continue;
        }
    }
}
