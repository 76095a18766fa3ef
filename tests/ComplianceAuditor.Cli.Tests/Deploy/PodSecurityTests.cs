using YamlDotNet.RepresentationModel;

namespace ComplianceAuditor.Cli.Tests.Deploy;

/// <summary>
/// The rendered CronJob meets the restricted Pod Security Standard and keeps to the operational
/// limits deploy/README.md documents, so a reviewer's one-minute check cannot silently regress.
/// </summary>
public class PodSecurityTests(DogfoodRun run) : IClassFixture<DogfoodRun>
{
    [Fact]
    public void The_container_runs_restricted_as_65532_with_a_read_only_root()
    {
        var container = Container();
        Assert.Equal("true", Get(PodSpec(), "securityContext", "runAsNonRoot"));
        Assert.Equal("RuntimeDefault", Get(PodSpec(), "securityContext", "seccompProfile", "type"));
        Assert.Equal("65532", Get(container, "securityContext", "runAsUser"));
        Assert.Equal("false", Get(container, "securityContext", "allowPrivilegeEscalation"));
        Assert.Equal("true", Get(container, "securityContext", "readOnlyRootFilesystem"));
        Assert.Equal(["ALL"], ((YamlSequenceNode)Node(container, "securityContext", "capabilities", "drop")).Children.Select(c => c.ToString()));
        Assert.Equal("restricted", Get(run.OfKind("Namespace"), "metadata", "labels", "pod-security.kubernetes.io/enforce"));
    }

    [Fact]
    public void The_job_writes_only_to_reports_and_tmp_and_reads_its_config_read_only()
    {
        var mounts = ((YamlSequenceNode)Container().Children["volumeMounts"]).Children.Cast<YamlMappingNode>()
            .Select(m => (Get(m, "mountPath"), m.Children.TryGetValue("readOnly", out var ro) && ro.ToString() == "true"))
            .Order();
        Assert.Equal([("/config", true), ("/reports", false), ("/tmp", false)], mounts);
    }

    [Fact]
    public void The_cronjob_never_overlaps_has_deadlines_a_memory_limit_and_does_not_retry_a_verdict()
    {
        var cronJob = run.OfKind("CronJob");
        Assert.Equal("Forbid", Get(cronJob, "spec", "concurrencyPolicy"));
        Assert.Equal("15 1 * * *", Get(cronJob, "spec", "schedule"));
        Assert.True(int.Parse(Get(cronJob, "spec", "startingDeadlineSeconds"), System.Globalization.CultureInfo.InvariantCulture) > 0);
        Assert.True(int.Parse(Get(cronJob, "spec", "jobTemplate", "spec", "activeDeadlineSeconds"), System.Globalization.CultureInfo.InvariantCulture) > 0);
        Assert.Equal("3Gi", Get(Container(), "resources", "limits", "memory"));
        var failJob = ((YamlSequenceNode)Node(cronJob, "spec", "jobTemplate", "spec", "podFailurePolicy", "rules")).Children
            .Cast<YamlMappingNode>().Single(r => Get(r, "action") == "FailJob");
        Assert.Equal(["1", "3"], ((YamlSequenceNode)Node(failJob, "onExitCodes", "values")).Children.Select(v => v.ToString()));
        var args = ((YamlSequenceNode)Container().Children["args"]).Children.Select(a => a.ToString()).ToList();
        Assert.Equal("/app/controls/pci-dss-4.0.1.yaml", args[args.IndexOf("--controls") + 1]);
        Assert.Equal("/reports", args[args.IndexOf("--out") + 1]);
        Assert.Equal("400", args[args.IndexOf("--keep-days") + 1]);
    }

    private YamlMappingNode PodSpec() =>
        (YamlMappingNode)Node(run.OfKind("CronJob"), "spec", "jobTemplate", "spec", "template", "spec");

    private YamlMappingNode Container() =>
        (YamlMappingNode)((YamlSequenceNode)PodSpec().Children["containers"]).Children.Single();

    private static YamlNode Node(YamlMappingNode node, params string[] keys) =>
        keys.Aggregate((YamlNode)node, (n, k) => ((YamlMappingNode)n).Children[k]);

    private static string Get(YamlMappingNode node, params string[] keys) => Node(node, keys).ToString();
}
