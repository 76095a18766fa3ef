using YamlDotNet.RepresentationModel;
using static ComplianceAuditor.Cli.Tests.Deploy.RenderedYaml;

namespace ComplianceAuditor.Cli.Tests.Deploy;

/// <summary>
/// The service's serve.yaml, as rendered into its ConfigMap: valid for `serve --validate` with the
/// scope and waivers beside it, and consistent with the Deployment that mounts it.
/// </summary>
public class ServeConfigTests(ServiceDogfoodRun service) : IClassFixture<ServiceDogfoodRun>
{
    private const string ConfigFile = "serve.yaml";

    /// <summary>Midday, away from the nightly 02:30 firing, so the next fire times are unambiguous.</summary>
    private static readonly DateTimeOffset Now = new(2026, 11, 30, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void The_configmap_serve_yaml_passes_serve_validate()
    {
        // What the pod sees at /etc/compliance-auditor: every key of the ConfigMap as a file.
        var folder = Path.Combine(service.Overlay.Folder, "etc-compliance-auditor");
        Directory.CreateDirectory(folder);
        foreach (var (key, value) in (YamlMappingNode)ConfigMap().Children["data"])
        {
            File.WriteAllText(Path.Combine(folder, key.ToString()), value.ToString());
        }

        // --validate reads the config and every file it names, and contacts no cluster: the
        // in-cluster target is checked without a service account token.
        var result = DogfoodRun.Run(["serve", "--config", Path.Combine(folder, ConfigFile), "--validate"], Now);

        Assert.True(result.ExitCode == 0, $"exit {result.ExitCode}\n{result.Output}\n{result.Error}");
        Assert.Contains("in-cluster", result.Output, StringComparison.Ordinal);
        Assert.Contains("30 2 * * *", result.Output, StringComparison.Ordinal);
        foreach (var day in new[] { "2026-12-01", "2026-12-02", "2026-12-03", "2026-12-04", "2026-12-05" })
        {
            Assert.Contains(day, result.Output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_deployment_reads_serve_yaml_from_the_configmap_it_mounts()
    {
        var args = Strings(service.Container, "args").ToList();
        var configPath = args[args.IndexOf("--config") + 1];
        var mount = Assert.Single(Mappings(service.Container, "volumeMounts"), m => configPath == $"{Get(m, "mountPath")}/{ConfigFile}");
        var volume = Assert.Single(Mappings(service.PodSpec, "volumes"), v => Get(v, "name") == Get(mount, "name"));
        Assert.Equal(Get(ConfigMap(), "metadata", "name"), Get(volume, "configMap", "name"));
        // serve.yaml names scope.yaml and waivers.yaml relative to itself: they are in the same ConfigMap.
        Assert.Equal(["scope.yaml", "serve.yaml", "waivers.yaml"], ((YamlMappingNode)ConfigMap().Children["data"]).Children.Keys.Select(k => k.ToString()).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Monitoring_listens_on_all_interfaces_on_the_probed_port_and_reports_go_to_the_volume()
    {
        var config = ServeYaml();
        Assert.Equal("compliance-auditor.io/v1alpha1", Get(config, "apiVersion"));
        Assert.Equal("ServeConfig", Get(config, "kind"));
        Assert.Equal("0.0.0.0", Get(config, "monitoring", "address"));
        var metricsPort = Assert.Single(Mappings(service.Container, "ports"), p => Get(p, "name") == "metrics");
        Assert.Equal(Get(metricsPort, "containerPort"), Get(config, "monitoring", "port"));

        var reports = Assert.Single(Mappings(service.Container, "volumeMounts"), m => Get(m, "name") == "reports");
        Assert.Equal(Get(reports, "mountPath"), Get(config, "defaults", "out"));

        var target = Assert.Single(Mappings(config, "targets"));
        Assert.Equal(("in-cluster", "true"), (Get(target, "name"), Get(target, "cluster", "inCluster")));
    }

    private YamlMappingNode ConfigMap() =>
        Assert.Single(service.Overlay.Documents, d => Get(d, "kind") == "ConfigMap" && ((YamlMappingNode)d.Children["data"]).Children.ContainsKey(ConfigFile));

    private YamlMappingNode ServeYaml() => Load(Get(ConfigMap(), "data", ConfigFile)).Single();
}
