using ComplianceAuditor.Cli.Commands;
using ComplianceAuditor.Cli.Serve.Config;
using ComplianceAuditor.Kubernetes.Live;
using ComplianceAuditor.Reports.Rendering;

namespace ComplianceAuditor.Cli.Serve.Hosting;

/// <summary>A target's audit, as the `audit` command line that would run it.</summary>
internal static class TargetRequest
{
    public static AuditRequest For(ServeTarget target)
    {
        var inputs = target.Cluster is TargetCluster.Files files ? files.Paths.ToArray() : [];
        var live = TargetInputs.Live(target) ?? new LiveOptions();
        var demo = target.Cluster is TargetCluster.Demo;

        // The configuration loader has already refused unknown formats.
        var renderers = ReportRenderers.Select(ReportRenderers.All, target.Formats, out _) ?? [];
        return new AuditRequest(
            inputs,
            live,
            demo,
            [.. target.Controls],
            target.Scope,
            target.Waivers,
            target.Out,
            target.FailUnder,
            Baseline: null,
            renderers,
            target.Templates,
            target.Retention,
            RemoveFolderOnFailure: true,
            OutIsPerTarget: true);
    }

    /// <summary>How the log names the cluster a target reads.</summary>
    public static string Describe(TargetCluster cluster) => cluster.Description;
}
