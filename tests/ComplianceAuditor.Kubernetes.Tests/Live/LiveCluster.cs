using System.Text.Json.Nodes;
using ComplianceAuditor.Kubernetes.Live;
using ComplianceAuditor.Kubernetes.Snapshots;
using ComplianceAuditor.TestSupport.ApiServer;

namespace ComplianceAuditor.Kubernetes.Tests.Live;

/// <summary>A fake API server with a small shop cluster, a kubeconfig for it, and a way to snapshot it.</summary>
internal sealed class LiveCluster : IAsyncDisposable
{
    private readonly DirectoryInfo temp = Directory.CreateTempSubdirectory("live-");

    private LiveCluster(FakeApiServer server)
    {
        Server = server;
        Kubeconfig = server.WriteKubeconfig(Path.Combine(temp.FullName, "kubeconfig"));
    }

    public FakeApiServer Server { get; }

    public string Kubeconfig { get; }

    public string TempDirectory => temp.FullName;

    public static async Task<LiveCluster> StartAsync(int extraPods = 0)
    {
        var cluster = new FakeCluster();
        cluster.Namespaces.Add(FakeObjects.Namespace("shop", new Dictionary<string, string> { ["team"] = "web" }));
        cluster.Namespaces.Add(FakeObjects.Namespace("data"));
        cluster.Pods.Add(FakeObjects.Pod("shop", "web-1", "10.1.0.5", new Dictionary<string, string> { ["app"] = "web" }));
        cluster.Pods.Add(FakeObjects.Pod("data", "db-0", "10.1.0.9", new Dictionary<string, string> { ["app"] = "db" }));
        cluster.Pods.Generate(extraPods, i => FakeObjects.Pod("shop", $"worker-{i:D6}", $"10.2.{i / 250}.{(i % 250) + 1}", new Dictionary<string, string> { ["app"] = "worker" }));
        cluster.NetworkPolicies.Add(FakeObjects.NetworkPolicy("data", "db", (JsonObject)JsonNode.Parse("""
            {"podSelector":{"matchLabels":{"app":"db"}},"ingress":[{"from":[{"namespaceSelector":{"matchLabels":{"team":"web"}}}],"ports":[{"port":5432}]}]}
            """)!));
        cluster.AdminNetworkPolicies.Served = false;
        cluster.BaselineAdminNetworkPolicies.Served = false;
        cluster.CiliumNetworkPolicies.Served = false;
        return new LiveCluster(await FakeApiServer.StartAsync(cluster));
    }

    public LiveOptions Options(Func<LiveOptions, LiveOptions>? adjust = null)
    {
        var options = new LiveOptions { Kubeconfig = Kubeconfig, Timeout = TimeSpan.FromSeconds(20), RequestTimeout = TimeSpan.FromSeconds(5) };
        return adjust is null ? options : adjust(options);
    }

    public async Task<SnapshotContent> SnapshotAsync(LiveOptions? options = null, List<string>? progress = null)
    {
        using var connection = ClusterConnection.Open(options ?? Options());
        return await SnapshotCollector.CollectAsync(connection, options ?? Options(), "test", TimeProvider.System, progress is null ? null : progress.Add, CancellationToken.None);
    }

    /// <summary>The requests for one resource path, in order.</summary>
    public List<RequestRecord> RequestsFor(string path) =>
        [.. Server.Requests.Where(r => r.PathAndQuery.Split('?')[0] == path)];

    public async ValueTask DisposeAsync()
    {
        await Server.DisposeAsync();
        temp.Delete(recursive: true);
    }
}
