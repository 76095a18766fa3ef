using System.Collections.Immutable;

namespace ComplianceAuditor.Cli.Serve.Config;

/// <summary>Where a target's snapshot comes from: exactly one of a kubeconfig context, the pod's service account, dump files, or the bundled demo.</summary>
internal abstract record TargetCluster
{
    private TargetCluster()
    {
    }

    /// <summary>
    /// What the target reads, in one form for the log, `serve --validate`, the job's description and the
    /// metrics' cluster label: it comes from the configuration alone, so it is stable across runs.
    /// </summary>
    public string Description => this switch
    {
        Context context => $"context {context.Name}" + (context.Kubeconfig is { } file ? $" of {file}" : string.Empty),
        InCluster => "in-cluster",
        Files files => $"files {string.Join(", ", files.Paths)}",
        Demo => "demo",
        _ => throw new InvalidOperationException($"unknown cluster source {GetType().Name}"),
    };

    /// <summary>A context of a kubeconfig file (null file: $KUBECONFIG, then ~/.kube/config).</summary>
    public sealed record Context(string Name, string? Kubeconfig, TimeSpan Timeout) : TargetCluster;

    /// <summary>The cluster the service runs in, through its service account.</summary>
    public sealed record InCluster(TimeSpan Timeout) : TargetCluster;

    /// <summary>Manifests or `kubectl get -o yaml` dumps, re-read at every firing (an air-gapped export drop).</summary>
    public sealed record Files(ImmutableArray<string> Paths) : TargetCluster;

    /// <summary>The bundled demo cluster.</summary>
    public sealed record Demo : TargetCluster;
}
