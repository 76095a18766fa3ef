using System.Text.Json.Nodes;
using ComplianceAuditor.TestSupport.ApiServer;

namespace ComplianceAuditor.Cli.Tests;

/// <summary>The live path end to end: a fake API server, the real CLI, and the files it writes.</summary>
public sealed class LiveCommandTests : IAsyncLifetime
{
    private readonly DirectoryInfo temp = Directory.CreateTempSubdirectory("cli-live-");
    private FakeApiServer server = null!;
    private string kubeconfig = null!;

    public async Task InitializeAsync()
    {
        var cluster = new FakeCluster();
        foreach (var item in Objects())
        {
            var kind = (string)item["kind"]!;
            var target = kind switch
            {
                "Namespace" => cluster.Namespaces,
                "Pod" => cluster.Pods,
                _ => cluster.NetworkPolicies,
            };
            var listed = item.DeepClone().AsObject();
            listed.Remove("apiVersion");
            listed.Remove("kind");
            target.Add(listed);
        }

        cluster.AdminNetworkPolicies.Served = false;
        cluster.BaselineAdminNetworkPolicies.Served = false;
        cluster.CiliumNetworkPolicies.Served = false;
        server = await FakeApiServer.StartAsync(cluster);
        kubeconfig = server.WriteKubeconfig(Path.Combine(temp.FullName, "kubeconfig"));
    }

    public async Task DisposeAsync()
    {
        await server.DisposeAsync();
        temp.Delete(recursive: true);
    }

    [Fact]
    public void Reach_over_a_live_snapshot_equals_reach_over_the_same_objects_as_manifests()
    {
        var manifests = Path.Combine(temp.FullName, "objects.json");
        File.WriteAllText(manifests, new JsonObject { ["apiVersion"] = "v1", ["kind"] = "List", ["items"] = new JsonArray([.. Objects()]) }.ToJsonString());
        var snapshot = Path.Combine(temp.FullName, "cluster.json.gz");

        var taken = CliRunner.Run("snapshot", "--kubeconfig", kubeconfig, "--output", snapshot);
        var fromManifests = CliRunner.Run("reach", manifests);
        var fromSnapshot = CliRunner.Run("reach", snapshot);
        var fromLive = CliRunner.Run("reach", "--kubeconfig", kubeconfig);

        Assert.True(taken.ExitCode == 0, taken.Error);
        Assert.Matches(@"sha256 [0-9a-f]{64}  ", taken.Error);
        Assert.Contains("3 namespaces, 4 pods, 2 networkpolicies.networking.k8s.io", taken.Error, StringComparison.Ordinal);
        Assert.Equal((0, string.Empty), (fromManifests.ExitCode, fromManifests.Error));
        Assert.Contains("\"shop/web-1\"", fromManifests.Output, StringComparison.Ordinal);
        Assert.Equal(fromManifests.Output, fromSnapshot.Output);
        Assert.Equal(fromManifests.Output, fromLive.Output);
        Assert.Equal(0, fromLive.ExitCode);
    }

    [Fact]
    public void Snapshot_to_standard_output_is_the_verified_file_format()
    {
        var result = CliRunner.Run("snapshot", "--kubeconfig", kubeconfig);

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("{\"apiVersion\":\"compliance-auditor.io/v1alpha1\",\"kind\":\"ClusterSnapshot\"", result.Output, StringComparison.Ordinal);
        Assert.Matches("\"sha256\":\"[0-9a-f]{64}\"}\n$", result.Output);
    }

    [Fact]
    public void A_forbidden_resource_fails_the_command_with_exit_2_and_writes_nothing()
    {
        server.Faults.Enqueue(FakeResourceKind.Pods, new ForbiddenFault());
        var output = Path.Combine(temp.FullName, "never.json");

        var result = CliRunner.Run("snapshot", "--kubeconfig", kubeconfig, "-o", output);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("error: cannot list pods at the cluster scope: grant get,list on pods", result.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public void A_partial_snapshot_is_refused_by_reach_unless_allow_partial_accepts_it()
    {
        server.Faults.Enqueue(FakeResourceKind.NetworkPolicies, new ForbiddenFault());
        var snapshot = Path.Combine(temp.FullName, "partial.json");
        var taken = CliRunner.Run("snapshot", "--kubeconfig", kubeconfig, "--allow-partial", "-o", snapshot);

        var refused = CliRunner.Run("reach", snapshot, "--format", "stats");
        var accepted = CliRunner.Run("reach", snapshot, "--format", "stats", "--allow-partial");

        Assert.Equal(0, taken.ExitCode);
        Assert.Contains("WARNING: networkpolicies.networking.k8s.io NOT LISTED", taken.Error, StringComparison.Ordinal);
        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("warning: NOT EVALUATED: networkpolicies.networking.k8s.io was not read", refused.Error, StringComparison.Ordinal);
        Assert.Contains("the input is a partial snapshot", refused.Error, StringComparison.Ordinal);
        Assert.Empty(refused.Output);
        Assert.Equal(0, accepted.ExitCode);
        Assert.Contains("NOT EVALUATED", accepted.Error, StringComparison.Ordinal);
        Assert.Contains("\"policies\": 0", accepted.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Progress_goes_to_standard_error_only_when_it_is_a_terminal()
    {
        using var quietOut = new StringWriter();
        using var quietErr = new StringWriter();
        using var terminalOut = new StringWriter();
        using var terminalErr = new StringWriter();

        await CliApp.RunAsync(["reach", "--kubeconfig", kubeconfig, "--format", "stats", "--page-size", "2"], quietOut, quietErr, errorIsTerminal: false);
        await CliApp.RunAsync(["reach", "--kubeconfig", kubeconfig, "--format", "stats", "--page-size", "2"], terminalOut, terminalErr, errorIsTerminal: true);

        Assert.Empty(quietErr.ToString());
        Assert.Contains("pods: page 2, 4 objects", terminalErr.ToString(), StringComparison.Ordinal);
        Assert.Contains("adminnetworkpolicies.policy.networking.k8s.io: not served by this cluster", terminalErr.ToString(), StringComparison.Ordinal);
        Assert.Equal(quietOut.ToString(), terminalOut.ToString());
    }

    [Fact]
    public void An_unknown_context_is_a_clear_error()
    {
        var result = CliRunner.Run("snapshot", "--kubeconfig", kubeconfig, "--context", "nope");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("context 'nope'", result.Error, StringComparison.Ordinal);
    }

    /// <summary>The cluster as kubectl get -o json would print it: full objects, noise and all.</summary>
    private static IEnumerable<JsonObject> Objects()
    {
        yield return Typed("v1", "Namespace", FakeObjects.Namespace("shop", new Dictionary<string, string> { ["team"] = "web" }));
        yield return Typed("v1", "Namespace", FakeObjects.Namespace("data"));
        yield return Typed("v1", "Namespace", FakeObjects.Namespace("ops"));
        yield return Typed("v1", "Pod", FakeObjects.Pod("shop", "web-1", "10.1.0.5", new Dictionary<string, string> { ["app"] = "web" }));
        yield return Typed("v1", "Pod", FakeObjects.Pod("shop", "web-2", "10.1.0.6", new Dictionary<string, string> { ["app"] = "web" }));
        yield return Typed("v1", "Pod", FakeObjects.Pod("data", "db-0", "10.1.0.9", new Dictionary<string, string> { ["app"] = "db" }));
        yield return Typed("v1", "Pod", FakeObjects.Pod("ops", "backup-0", "10.1.0.20", new Dictionary<string, string> { ["app"] = "backup" }));
        yield return Typed("networking.k8s.io/v1", "NetworkPolicy", FakeObjects.NetworkPolicy("data", "db", Spec("""
            {"podSelector":{"matchLabels":{"app":"db"}},"ingress":[{"from":[{"namespaceSelector":{"matchLabels":{"team":"web"}}}],"ports":[{"port":"http"},{"port":5432,"endPort":5433}]}]}
            """)));
        yield return Typed("networking.k8s.io/v1", "NetworkPolicy", FakeObjects.NetworkPolicy("shop", "egress", Spec("""
            {"podSelector":{},"policyTypes":["Egress"],"egress":[{"to":[{"podSelector":{}},{"ipBlock":{"cidr":"10.1.0.0/24","except":["10.1.0.20/32"]}}]}]}
            """)));
    }

    private static JsonObject Spec(string json) => (JsonObject)JsonNode.Parse(json)!;

    private static JsonObject Typed(string apiVersion, string kind, JsonObject item)
    {
        var typed = new JsonObject { ["apiVersion"] = apiVersion, ["kind"] = kind };
        foreach (var (key, value) in item)
        {
            if (key is not ("apiVersion" or "kind"))
            {
                typed[key] = value?.DeepClone();
            }
        }

        return typed;
    }
}
