using k8s;
using k8s.Exceptions;

namespace ComplianceAuditor.Kubernetes.Live;

/// <summary>
/// Builds the API client: in a pod, the service account (in-cluster config); elsewhere the
/// kubeconfig (--kubeconfig, else $KUBECONFIG, else ~/.kube/config) and its current or named
/// context.
/// </summary>
public sealed class ClusterConnection : IDisposable
{
    private ClusterConnection(IKubernetes client, string apiServer, string context)
    {
        Client = client;
        ApiServer = apiServer;
        Context = context;
    }

    public IKubernetes Client { get; }

    public string ApiServer { get; }

    public string Context { get; }

    public static ClusterConnection Open(LiveOptions options)
    {
        var (config, context) = Configure(options);

        // The per-request timeout is ours (LiveOptions.RequestTimeout); the client's must not cut in first.
        config.HttpClientTimeout = options.RequestTimeout + TimeSpan.FromSeconds(5);
        return new ClusterConnection(new k8s.Kubernetes(config), config.Host, context);
    }

    public void Dispose() => Client.Dispose();

    private static (KubernetesClientConfiguration Config, string Context) Configure(LiveOptions options)
    {
        if (options.Kubeconfig is null && options.Context is null && KubernetesClientConfiguration.IsInCluster())
        {
            return (KubernetesClientConfiguration.InClusterConfig(), "in-cluster (service account)");
        }

        if (options.InClusterOnly)
        {
            throw new LiveClusterException("the in-cluster service account was asked for, but this process is not running in a pod (no KUBERNETES_SERVICE_HOST or service account token); a kubeconfig is not used in its place");
        }

        var path = options.Kubeconfig ?? Environment.GetEnvironmentVariable("KUBECONFIG")?.Split(Path.PathSeparator)[0]
            ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".kube", "config");
        if (!File.Exists(path))
        {
            throw new LiveClusterException($"no kubeconfig at {path}: give --kubeconfig FILE, set KUBECONFIG, or run in a pod with a service account");
        }

        try
        {
            var config = KubernetesClientConfiguration.BuildConfigFromConfigFile(path, options.Context);
            return (config, config.CurrentContext ?? options.Context ?? "(current)");
        }
        catch (Exception exception) when (exception is KubeConfigException or IOException or InvalidOperationException or ArgumentException)
        {
            throw new LiveClusterException($"cannot use kubeconfig {path}{(options.Context is null ? string.Empty : $" context '{options.Context}'")}: {exception.Message}", exception);
        }
    }
}
