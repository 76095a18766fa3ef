using System.Text;
using ComplianceAuditor.Reports.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace ComplianceAuditor.Cli.Serve.Monitoring;

/// <summary>
/// GET /metrics (Prometheus text format 0.0.4), GET /healthz and, when given a readiness check, GET /readyz.
/// The host serves nothing else: any other path is 404.
/// </summary>
internal static class MonitoringEndpoints
{
    public const string MetricsPath = "/metrics";

    public const string HealthPath = "/healthz";

    /// <summary>Readiness: <see cref="HealthPath"/>'s check and the service's dependencies (the database).</summary>
    public const string ReadyPath = "/readyz";

    /// <summary>Kubelet probes time out after 1 s by default and are usually given a few more; a check that hangs longer is itself a failure.</summary>
    public static readonly TimeSpan HealthTimeout = TimeSpan.FromSeconds(2);

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static void Map(IEndpointRouteBuilder endpoints, ServiceMetrics metrics, Func<CancellationToken, Task<HealthState>> health) =>
        Map(endpoints, metrics, health, HealthTimeout);

    /// <summary>As <see cref="Map(IEndpointRouteBuilder, ServiceMetrics, Func{CancellationToken, Task{HealthState}})"/>, with GET /readyz answered by <paramref name="ready"/>.</summary>
    public static void Map(IEndpointRouteBuilder endpoints, ServiceMetrics metrics, Func<CancellationToken, Task<HealthState>> health, Func<CancellationToken, Task<HealthState>> ready)
    {
        ArgumentNullException.ThrowIfNull(ready);
        Map(endpoints, metrics, health, HealthTimeout);
        endpoints.MapGet(ReadyPath, (HttpContext context) => WriteHealthAsync(context, ready, HealthTimeout));
    }

    public static void Map(IEndpointRouteBuilder endpoints, ServiceMetrics metrics, Func<CancellationToken, Task<HealthState>> health, TimeSpan healthTimeout)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentNullException.ThrowIfNull(metrics);
        ArgumentNullException.ThrowIfNull(health);
        endpoints.MapGet(MetricsPath, (HttpContext context) => WriteMetricsAsync(context, metrics));
        endpoints.MapGet(HealthPath, (HttpContext context) => WriteHealthAsync(context, health, healthTimeout));
    }

    private static async Task WriteMetricsAsync(HttpContext context, ServiceMetrics metrics)
    {
        using var text = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        metrics.WriteTo(text);
        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentType = PrometheusText.ContentType;
        await context.Response.Body.WriteAsync(Utf8.GetBytes(text.ToString()), context.RequestAborted);
    }

    private static async Task WriteHealthAsync(HttpContext context, Func<CancellationToken, Task<HealthState>> health, TimeSpan timeout)
    {
        var state = await CheckAsync(health, timeout, context.RequestAborted);
        context.Response.StatusCode = state.Healthy ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable;
        context.Response.ContentType = "text/plain; charset=utf-8";
        var line = $"{(state.Healthy ? "ok" : "unhealthy")}: {Printable.Escape(state.Detail)}\n";
        await context.Response.Body.WriteAsync(Utf8.GetBytes(line), context.RequestAborted);
    }

    /// <summary>A check that throws, or does not answer within <paramref name="timeout"/> (whether or not it honours the token), is unhealthy.</summary>
    internal static async Task<HealthState> CheckAsync(Func<CancellationToken, Task<HealthState>> health, TimeSpan timeout, CancellationToken aborted)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(aborted);
        limit.CancelAfter(timeout);
        try
        {
            return await health(limit.Token).WaitAsync(limit.Token);
        }
        catch (OperationCanceledException) when (!aborted.IsCancellationRequested)
        {
            return new HealthState(false, $"the health check did not answer within {timeout.TotalSeconds:0.###} s");
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return new HealthState(false, $"the health check failed: {e.Message}");
        }
    }
}
