using ComplianceAuditor.Cli.Serve.Config;
using ComplianceAuditor.Engine.Diagnostics;
using ComplianceAuditor.TestSupport.Golden;

namespace ComplianceAuditor.Cli.Tests.Serve;

/// <summary>The example in docs/ is one `serve --validate` accepts, with the targets the docs describe.</summary>
public sealed class ServeExampleTests
{
    private static string Example => Path.Combine(RepositoryPaths.Root, "docs", "serve.example.yaml");

    [Fact]
    public void The_documented_example_validates()
    {
        var result = ServeScenario.Validate(Example);

        Assert.Equal(string.Empty, result.Error);
        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("serve: <repo>/docs/serve.example.yaml: valid, 3 targets; monitoring on 127.0.0.1:9464\n", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_example_has_one_target_of_each_live_kind_and_the_demo_with_defaults_applied()
    {
        var diagnostics = new DiagnosticBag();

        var config = ServeConfigLoader.Load(Example, diagnostics);

        Assert.Empty(diagnostics.Items);
        Assert.NotNull(config);
        Assert.Collection(
            config.Targets,
            prod =>
            {
                Assert.Equal(new TargetCluster.Context("prod-eu", null, TimeSpan.FromMinutes(5)), prod.Cluster);
                Assert.Equal("0 0 2 * * ?", prod.Schedule);
                Assert.Equal("Europe/Berlin", prod.TimeZone.Id);
                Assert.Equal(Path.Combine(RepositoryPaths.Root, "reports", "serve", "prod-eu"), prod.Out);
                Assert.Equal(["pdf", "xlsx"], prod.Formats.ToArray());
                Assert.Equal(80, prod.FailUnder);
            },
            inCluster =>
            {
                Assert.IsType<TargetCluster.InCluster>(inCluster.Cluster);
                Assert.Equal(TimeZoneInfo.Utc, inCluster.TimeZone);
                Assert.Equal(MisfirePolicy.Skip, inCluster.Misfire);
                Assert.Equal([Path.Combine(RepositoryPaths.Root, "controls")], inCluster.Controls.ToArray());
            },
            demo =>
            {
                Assert.IsType<TargetCluster.Demo>(demo.Cluster);
                Assert.Equal("0 0 0 ? * SUN", demo.Schedule);
                Assert.Equal(new Retention.RetentionPolicy(10, null), demo.Retention);
                Assert.Equal(MisfirePolicy.RunOnce, demo.Misfire);
                Assert.Equal(TimeSpan.FromMinutes(5), demo.MisfireThreshold);
            });
        Assert.Equal(MonitoringSettings.Default, config.Monitoring);
    }
}
