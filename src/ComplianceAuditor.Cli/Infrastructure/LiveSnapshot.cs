using ComplianceAuditor.Kubernetes.Live;
using ComplianceAuditor.Kubernetes.Manifests;
using ComplianceAuditor.Kubernetes.Snapshots;

namespace ComplianceAuditor.Cli;

/// <summary>Takes a snapshot of the live cluster, for `snapshot` and for commands given no INPUT.</summary>
internal static class LiveSnapshot
{
    public static async Task<SnapshotContent> TakeAsync(LiveOptions options, CliConsole console, CancellationToken cancellation)
    {
        using var connection = ClusterConnection.Open(options);
        console.Progress($"reading {connection.ApiServer} (context {connection.Context})");
        return await SnapshotCollector.CollectAsync(connection, options, ToolInfo.Version, console.Time, console.Progress, cancellation).ConfigureAwait(false);
    }

    /// <summary>
    /// Reads the live cluster the way `snapshot` does and loads the result exactly as a snapshot
    /// file would be loaded, so a live run and a run on its snapshot file cannot differ.
    /// </summary>
    public static async Task<LoadResult> LoadAsync(LiveOptions options, CliConsole console, CancellationToken cancellation)
    {
        var content = await TakeAsync(options, console, cancellation).ConfigureAwait(false);
        var bytes = SnapshotWriter.Serialize(content, out _);
        return ManifestLoader.LoadBytes($"live snapshot of {content.ApiServer} ({content.Context}).json", bytes);
    }
}
