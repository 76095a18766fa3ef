using System.Text;
using ComplianceAuditor.TestSupport.ApiServer;

namespace ComplianceAuditor.Cli.Tests.Serve;

/// <summary>A temporary folder holding a `serve` configuration and the targets' out folders.</summary>
internal sealed class ServeWorkspace : IDisposable
{
    public string Root { get; } = Directory.CreateTempSubdirectory("serve-").FullName;

    public string ConfigFile => Path.Combine(Root, "serve.yaml");

    public string Out(string target) => Path.Combine(Root, "out", target);

    /// <summary>Writes the configuration: monitoring on a free loopback port, each target's `cluster:` mapping as given, md reports only (fast).</summary>
    public string Write(string schedule, params (string Name, string Cluster)[] targets)
    {
        var yaml = new StringBuilder("apiVersion: compliance-auditor.io/v1alpha1\nkind: ServeConfig\nmonitoring:\n  port: 0\ndefaults:\n  out: out\n  formats: [md]\ntargets:\n");
        foreach (var (name, cluster) in targets)
        {
            yaml.Append($"  - name: {name}\n    schedule: \"{schedule}\"\n    cluster: {cluster}\n");
        }

        File.WriteAllText(ConfigFile, yaml.ToString());
        return ConfigFile;
    }

    /// <summary>A fake API server with a small cluster, and the kubeconfig `cluster:` mapping that reads it.</summary>
    public static async Task<FakeApiServer> ApiServerAsync()
    {
        var cluster = new FakeCluster();
        cluster.Namespaces.Add(FakeObjects.Namespace("shop"));
        cluster.Pods.Add(FakeObjects.Pod("shop", "web-1", "10.1.0.5", new Dictionary<string, string> { ["app"] = "web" }));
        cluster.AdminNetworkPolicies.Served = false;
        cluster.BaselineAdminNetworkPolicies.Served = false;
        cluster.CiliumNetworkPolicies.Served = false;
        return await FakeApiServer.StartAsync(cluster);
    }

    public string ContextCluster(FakeApiServer server) =>
        $"{{ context: fake, kubeconfig: {server.WriteKubeconfig(Path.Combine(Root, "kubeconfig"))} }}";

    /// <summary>Run folders under a target's out folder that have no manifest.json: unfinished runs.</summary>
    public IReadOnlyList<string> Unfinished(string target) =>
        Directory.Exists(Out(target))
            ? [.. Directory.EnumerateDirectories(Out(target), "audit-*").Where(d => !File.Exists(Path.Combine(d, "manifest.json")))]
            : [];

    /// <summary>Temporary files (name.pid.tmp) anywhere under the out folders.</summary>
    public IReadOnlyList<string> TemporaryFiles() =>
        Directory.Exists(Path.Combine(Root, "out")) ? [.. Directory.EnumerateFiles(Path.Combine(Root, "out"), "*.tmp", SearchOption.AllDirectories)] : [];

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
