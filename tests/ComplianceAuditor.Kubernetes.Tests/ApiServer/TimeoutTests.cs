using System.Diagnostics;
using ComplianceAuditor.TestSupport.ApiServer;
using k8s;

namespace ComplianceAuditor.Kubernetes.Tests.ApiServer;

/// <summary>
/// How KubernetesClient 21 reports a slow server: HttpClientTimeout and the caller's token both end in
/// TaskCanceledException (no TimeoutException inside); only the caller's token tells them apart.
/// </summary>
public sealed class TimeoutTests
{
    [Fact]
    public async Task Client_timeout_is_TaskCanceledException_while_the_callers_token_is_not_cancelled()
    {
        await using var harness = await ApiServerHarness.StartAsync();
        harness.Server.Faults.Enqueue(FakeResourceKind.Pods, new DelayFault(TimeSpan.FromSeconds(30)));
        using var client = harness.NewClient(timeout: TimeSpan.FromMilliseconds(250));
        using var caller = new CancellationTokenSource();

        var stopwatch = Stopwatch.StartNew();
        var error = await Assert.ThrowsAsync<TaskCanceledException>(() => client.ListPodForAllNamespacesAsync(cancellationToken: caller.Token));

        Assert.InRange(stopwatch.Elapsed, TimeSpan.FromMilliseconds(200), TimeSpan.FromSeconds(5));
        Assert.False(caller.IsCancellationRequested);
        Assert.True(error.CancellationToken.IsCancellationRequested);
        Assert.NotEqual(caller.Token, error.CancellationToken);
        Assert.DoesNotContain(Chain(error), inner => inner is TimeoutException);
        Assert.Equal(499, (await WaitForRequestAsync(harness.Server)).StatusCode);
    }

    [Fact]
    public async Task Callers_cancellation_is_TaskCanceledException_and_the_server_stops_waiting()
    {
        await using var harness = await ApiServerHarness.StartAsync();
        harness.Server.Faults.Enqueue(FakeResourceKind.Namespaces, new DelayFault(TimeSpan.FromSeconds(30)));
        // Long enough for the request to reach the server on a loaded machine; the delay fault holds it for 30 s.
        using var caller = new CancellationTokenSource(TimeSpan.FromSeconds(1));

        await Assert.ThrowsAsync<TaskCanceledException>(() => harness.Client.ListNamespaceAsync(cancellationToken: caller.Token));

        Assert.True(caller.IsCancellationRequested);
        Assert.Equal(499, (await WaitForRequestAsync(harness.Server)).StatusCode);
    }

    [Fact]
    public async Task Disposing_the_server_ends_a_pending_delay_promptly()
    {
        var harness = await ApiServerHarness.StartAsync();
        harness.Server.Faults.Enqueue(FakeResourceKind.Pods, new DelayFault(TimeSpan.FromSeconds(30)));
        using var client = harness.NewClient(timeout: TimeSpan.FromSeconds(20));
        var pending = client.ListPodForAllNamespacesAsync();
        await Task.Delay(100);

        var stopwatch = Stopwatch.StartNew();
        await harness.DisposeAsync();

        Assert.InRange(stopwatch.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(2));
        await Assert.ThrowsAnyAsync<Exception>(() => pending);
    }

    private static IEnumerable<Exception> Chain(Exception error)
    {
        for (var current = error.InnerException; current is not null; current = current.InnerException)
        {
            yield return current;
        }
    }

    /// <summary>
    /// The server logs an aborted request when it notices the abort, a moment after the client gives up;
    /// on a loaded CI machine that moment can be seconds, so the wait is generous (it ends as soon as it is logged).
    /// </summary>
    private static async Task<RequestRecord> WaitForRequestAsync(FakeApiServer server)
    {
        for (var attempt = 0; attempt < 2000 && server.Requests.Count == 0; attempt++)
        {
            await Task.Delay(10);
        }

        return Assert.Single(server.Requests);
    }
}
