using ComplianceAuditor.Cli.Commands;
using ComplianceAuditor.Kubernetes.Live;

namespace ComplianceAuditor.Cli.Serve.Config;

/// <summary>A target's values in the shapes `audit` takes them, so a firing and `serve --validate` read what `audit` would.</summary>
internal static class TargetInputs
{
    /// <summary>The scope, catalogs and waivers, read before the cluster.</summary>
    public static AuditInputs Audit(ServeTarget target)
    {
        ArgumentNullException.ThrowIfNull(target);
        return new AuditInputs(target.Scope, target.Controls, target.Waivers, target.Cluster is TargetCluster.Demo, Baseline: null);
    }

    /// <summary>
    /// How to read a live cluster; null for files and the demo. For <c>inCluster</c> both kubeconfig and context are
    /// null, which the connection reads as the service account only inside a pod: outside one it would fall back
    /// to the default kubeconfig, so a host should refuse an inCluster target where
    /// KubernetesClientConfiguration.IsInCluster() is false.
    /// </summary>
    public static LiveOptions? Live(ServeTarget target)
    {
        ArgumentNullException.ThrowIfNull(target);
        return target.Cluster switch
        {
            TargetCluster.Context context => new LiveOptions { Kubeconfig = context.Kubeconfig, Context = context.Name, Timeout = context.Timeout },
            TargetCluster.InCluster inCluster => new LiveOptions { Timeout = inCluster.Timeout, InClusterOnly = true },
            _ => null,
        };
    }

    /// <summary>The files to read instead of a live cluster: the dumps, or the bundled demo cluster; empty for a live one.</summary>
    public static IReadOnlyList<string> Files(ServeTarget target)
    {
        ArgumentNullException.ThrowIfNull(target);
        return target.Cluster switch
        {
            TargetCluster.Files files => files.Paths,
            TargetCluster.Demo => [Bundled.DemoCluster],
            _ => [],
        };
    }
}
