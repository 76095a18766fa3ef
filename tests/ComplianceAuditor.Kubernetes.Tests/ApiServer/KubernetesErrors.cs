using k8s;
using k8s.Autorest;
using k8s.Models;

namespace ComplianceAuditor.Kubernetes.Tests.ApiServer;

/// <summary>How a failure reaches KubernetesClient's caller: HttpOperationException with the raw body and headers.</summary>
internal static class KubernetesErrors
{
    public static async Task<HttpOperationException> CatchAsync(Func<Task> call)
    {
        var error = await Assert.ThrowsAsync<HttpOperationException>(call);
        Assert.NotNull(error.Response);
        return error;
    }

    /// <summary>The Status in the body; KubernetesClient leaves HttpOperationException.Body null, so parse Response.Content.</summary>
    public static V1Status Status(HttpOperationException error)
    {
        Assert.Null(error.Body);
        return KubernetesJson.Deserialize<V1Status>(error.Response.Content);
    }

    public static string? Header(HttpOperationException error, string name) =>
        error.Response.Headers.TryGetValue(name, out var values) ? string.Join(",", values) : null;
}
