using System.Net.Http.Headers;
using ComplianceAuditor.TestSupport.ApiServer;
using k8s;

namespace ComplianceAuditor.Kubernetes.Tests.ApiServer;

/// <summary>A started fake API server, a kubeconfig for it and a real KubernetesClient built from that file.</summary>
internal sealed class ApiServerHarness : IAsyncDisposable
{
    private readonly string directory;

    private ApiServerHarness(FakeApiServer server, string directory, string kubeconfigPath)
    {
        Server = server;
        this.directory = directory;
        KubeconfigPath = kubeconfigPath;
        Client = NewClient();
    }

    public FakeApiServer Server { get; }

    public FakeCluster Cluster => Server.Cluster;

    public string KubeconfigPath { get; }

    public k8s.Kubernetes Client { get; }

    public static async Task<ApiServerHarness> StartAsync(FakeCluster? cluster = null)
    {
        var server = await FakeApiServer.StartAsync(cluster ?? new FakeCluster());
        var directory = Path.Combine(Path.GetTempPath(), "fake-apiserver-" + Guid.NewGuid().ToString("N"));
        var kubeconfig = server.WriteKubeconfig(Path.Combine(directory, "kubeconfig"));
        return new ApiServerHarness(server, directory, kubeconfig);
    }

    /// <summary>A client built the way the auditor builds one: from the kubeconfig file.</summary>
    public k8s.Kubernetes NewClient(TimeSpan? timeout = null)
    {
        var config = KubernetesClientConfiguration.BuildConfigFromConfigFile(KubeconfigPath);
        if (timeout is { } value)
        {
            config.HttpClientTimeout = value;
        }

        return new k8s.Kubernetes(config);
    }

    /// <summary>A plain HttpClient, for what KubernetesClient hides (raw bodies, paths it never asks for).</summary>
    public HttpClient NewHttpClient(string? token = FakeApiServer.DefaultToken)
    {
        var http = new HttpClient { BaseAddress = Server.BaseAddress };
        if (token is not null)
        {
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return http;
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Server.DisposeAsync();
        Directory.Delete(directory, recursive: true);
    }
}
