using ComplianceAuditor.Engine.Model;
using ComplianceAuditor.Kubernetes.Snapshots;
using k8s;

namespace ComplianceAuditor.Kubernetes.Live;

/// <summary>
/// Takes a snapshot of a live cluster: every namespace, pod and NetworkPolicy, and the admin
/// network policies where served, minimized as they stream in. Either the snapshot is complete,
/// or this throws <see cref="LiveClusterException"/> saying what to fix; only with
/// <see cref="LiveOptions.AllowPartial"/> does it return a snapshot that records what is missing.
/// </summary>
public static class SnapshotCollector
{
    public static async Task<SnapshotContent> CollectAsync(
        ClusterConnection connection,
        LiveOptions options,
        string toolVersion,
        TimeProvider time,
        Action<string>? progress,
        CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(options);
        var takenAt = time.GetUtcNow();
        var caller = new ApiCaller(options, time, takenAt + options.Timeout, progress);
        var lister = new ResourceLister(connection.Client, caller, options, progress);
        var sections = new List<SnapshotSection>();
        var absent = new List<string>();
        var missing = new List<CoverageGap>();
        var version = await VersionAsync(connection.Client, options, time, cancellation).ConfigureAwait(false);
        foreach (var resource in ClusterResources.All)
        {
            try
            {
                if (await lister.ListAsync(resource, cancellation).ConfigureAwait(false) is { } section)
                {
                    sections.Add(section);
                }
                else
                {
                    absent.Add(resource.Resource);
                }
            }
            catch (LiveClusterException failure) when (options.AllowPartial)
            {
                progress?.Invoke($"{resource.Resource}: NOT LISTED, recorded as missing (--allow-partial): {failure.Message}");
                missing.Add(new CoverageGap(resource.Resource, failure.Message));
            }
        }

        return new SnapshotContent
        {
            ApiServer = connection.ApiServer,
            Context = connection.Context,
            KubernetesVersion = version,
            TakenAt = takenAt,
            ToolVersion = toolVersion,
            Sections = sections,
            Absent = absent,
            Missing = missing,
        };
    }

    /// <summary>
    /// The server's version for the record. A server that will not say is not a reason to fail,
    /// so this gets one request's time; an unreachable server fails in the listing that follows,
    /// with its retries and a message.
    /// </summary>
    private static async Task<string?> VersionAsync(IKubernetes client, LiveOptions options, TimeProvider time, CancellationToken cancellation)
    {
        var version = new ListedResource("version", string.Empty, "v1", "Version", Optional: true, (_, _, _, _) => throw new InvalidOperationException());
        var caller = new ApiCaller(options, time, time.GetUtcNow() + options.RequestTimeout, progress: null);
        try
        {
            var info = await caller.CallAsync(version, ct => client.Version.GetCodeAsync(ct), cancellation).ConfigureAwait(false);
            return info.GitVersion;
        }
        catch (Exception exception) when (exception is LiveClusterException or ResourceNotServedException)
        {
            return null;
        }
    }
}
