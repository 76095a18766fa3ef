using ComplianceAuditor.Cli.Serve.Config;

namespace ComplianceAuditor.Cli.Tests.Serve;

public sealed class TargetInputsTests
{
    [Fact]
    public void Each_cluster_kind_becomes_what_audit_would_read()
    {
        var demo = ServeTargets.Demo("0 2 * * *");
        var context = demo with { Cluster = new TargetCluster.Context("prod", "/etc/kubeconfig", TimeSpan.FromMinutes(2)), Scope = "/etc/scope.yaml" };
        var inCluster = demo with { Cluster = new TargetCluster.InCluster(TimeSpan.FromSeconds(90)) };
        var files = demo with { Cluster = new TargetCluster.Files(["/drop/cluster.yaml"]) };

        Assert.Equal(new Kubernetes.Live.LiveOptions { Kubeconfig = "/etc/kubeconfig", Context = "prod", Timeout = TimeSpan.FromMinutes(2) }, TargetInputs.Live(context));
        Assert.Equal(new Kubernetes.Live.LiveOptions { Timeout = TimeSpan.FromSeconds(90), InClusterOnly = true }, TargetInputs.Live(inCluster));
        Assert.Null(TargetInputs.Live(files));
        Assert.Equal(["/drop/cluster.yaml"], TargetInputs.Files(files));
        Assert.Equal([Bundled.DemoCluster], TargetInputs.Files(demo));
        Assert.Empty(TargetInputs.Files(context));
        Assert.True(TargetInputs.Audit(demo).Demo);
        Assert.False(TargetInputs.Audit(context).Demo);
        Assert.Equal("/etc/scope.yaml", TargetInputs.Audit(context).Scope);
    }

    [Fact]
    public void A_broken_scope_shared_by_two_targets_is_reported_once()
    {
        var folder = Directory.CreateTempSubdirectory("serve-shared-scope-");
        try
        {
            File.WriteAllText(Path.Combine(folder.FullName, "scope.yaml"), "apiVersion: compliance-auditor.io/v1alpha1\nkind: Scope\nzones: []\nowner: x\n");
            File.WriteAllText(Path.Combine(folder.FullName, "serve.yaml"), """
                apiVersion: compliance-auditor.io/v1alpha1
                kind: ServeConfig
                defaults: { scope: scope.yaml }
                targets:
                  - { name: a, schedule: "0 2 * * *", cluster: { inCluster: true } }
                  - { name: b, schedule: "0 3 * * *", cluster: { inCluster: true } }
                """);

            var result = ServeScenario.Validate(Path.Combine(folder.FullName, "serve.yaml"));

            Assert.Equal(2, result.ExitCode);
            Assert.Single(result.Error.Split('\n'), line => line.Contains("unknown field 'owner'", StringComparison.Ordinal));
            Assert.EndsWith("1 error; nothing was scheduled\n", result.Error, StringComparison.Ordinal);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
