using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace ComplianceAuditor.TestSupport.ApiServer;

/// <summary>
/// A loopback Kubernetes API server (plain HTTP, bearer token) serving the cluster-wide lists the auditor
/// reads, with paging, continue tokens, Status errors and scripted faults, for KubernetesClient tests and
/// benchmarks. Every other path answers 404 with a Status.
/// </summary>
public sealed class FakeApiServer : IAsyncDisposable
{
    /// <summary>Accepted without writing a kubeconfig; WriteKubeconfig adds its token.</summary>
    public const string DefaultToken = "test-token";

    private readonly WebApplication app;
    private readonly CancellationTokenSource stopping = new();
    private readonly TokenSet tokens = new();
    private readonly RequestLog log = new();
    private int disposed;

    private FakeApiServer(WebApplication app, FakeCluster cluster)
    {
        this.app = app;
        Cluster = cluster;
        tokens.Add(DefaultToken);
    }

    public Uri BaseAddress { get; private set; } = null!;

    public FakeCluster Cluster { get; }

    public FaultScript Faults { get; } = new();

    /// <summary>A snapshot of the requests answered so far.</summary>
    public IReadOnlyList<RequestRecord> Requests => log.Snapshot();

    public static async Task<FakeApiServer> StartAsync(FakeCluster cluster)
    {
        ArgumentNullException.ThrowIfNull(cluster);

        // The empty builder reads no configuration or environment and logs nowhere: a test's server does
        // not change with the machine it runs on.
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(options =>
        {
            options.Listen(IPAddress.Loopback, 0);
            options.AddServerHeader = false;
        });

        // Requests still waiting in a DelayFault are cancelled on dispose; do not wait 30 s for others.
        builder.Services.Configure<HostOptions>(options => options.ShutdownTimeout = TimeSpan.FromSeconds(5));
        var server = new FakeApiServer(builder.Build(), cluster);
        try
        {
            var handler = new ApiRequestHandler(cluster, server.Faults, server.tokens, server.log, server.stopping.Token);
            server.app.Run(handler.HandleAsync);
            await server.app.StartAsync();
            var addresses = server.app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses;
            server.BaseAddress = new Uri(addresses.Single() + "/");
            return server;
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// Writes a kubeconfig for KubernetesClientConfiguration.BuildConfigFromConfigFile: a cluster at
    /// BaseAddress, a user with <paramref name="token"/> (which the server then accepts) and a current context.
    /// </summary>
    /// <returns>The full path written.</returns>
    public string WriteKubeconfig(string path, string contextName = "fake", string token = DefaultToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentException.ThrowIfNullOrEmpty(contextName);
        ArgumentException.ThrowIfNullOrEmpty(token);
        var yaml = KubeconfigYaml.Build(BaseAddress, contextName, token);
        var fullPath = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(fullPath)!);
        File.WriteAllText(fullPath, yaml);
        tokens.Add(token);
        return fullPath;
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref disposed, 1) != 0)
        {
            return;
        }

        await stopping.CancelAsync();
        try
        {
            await app.StopAsync();
        }
        finally
        {
            await app.DisposeAsync();
            stopping.Dispose();
        }
    }
}
