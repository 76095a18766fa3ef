using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using ComplianceAuditor.TestSupport.ApiServer;
using k8s;
using Xunit.Abstractions;

namespace ComplianceAuditor.Kubernetes.Tests.ApiServer;

[Collection(nameof(AllocationMeasurement))]
public sealed class StreamingTests(ITestOutputHelper output)
{
    private const int PodCount = 100_000;

    [Fact]
    public async Task Generated_100k_pod_list_streams_with_allocations_far_below_its_size()
    {
        await using var harness = await ApiServerHarness.StartAsync();
        harness.Cluster.Pods.Generate(PodCount, RefillOneTemplate());
        using var http = harness.NewHttpClient();
        await http.GetStringAsync(new Uri("version", UriKind.Relative));

        var stopwatch = Stopwatch.StartNew();
        var before = GC.GetTotalAllocatedBytes(precise: true);
        using var response = await http.GetAsync(new Uri("api/v1/pods", UriKind.Relative), HttpCompletionOption.ResponseHeadersRead);
        var (bytes, items) = await DrainAsync(response);
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
        output.WriteLine($"{bytes:N0} bytes in {stopwatch.Elapsed.TotalMilliseconds:N0} ms; allocated {allocated:N0} bytes");

        Assert.Equal(PodCount, items);
        Assert.True(response.Headers.TransferEncodingChunked);
        Assert.Null(response.Content.Headers.ContentLength);
        Assert.True(bytes > 80_000_000, $"the list is {bytes:N0} bytes; the test needs a response far larger than any buffer");

        // Buffering the list anywhere would allocate at least its size; streaming it allocates a few percent.
        Assert.True(allocated < bytes / 10, $"serving {bytes:N0} bytes allocated {allocated:N0} bytes");
    }

    [Fact]
    public async Task Generated_list_pages_through_the_real_client()
    {
        await using var harness = await ApiServerHarness.StartAsync();
        harness.Cluster.Pods.Generate(10_000, index => new JsonObject
        {
            ["metadata"] = new JsonObject { ["name"] = $"p{index}", ["namespace"] = "n" },
            ["status"] = new JsonObject { ["podIP"] = "10.0.0.1" },
        });

        var pages = await PagingTests.PageAsync(async token =>
        {
            var list = await harness.Client.ListPodForAllNamespacesAsync(limit: 3000, continueParameter: token);
            return (list.Items.Select(pod => pod.Metadata.Name), list.Metadata);
        });

        Assert.Equal(Enumerable.Range(0, 10_000).Select(index => $"p{index}"), pages.SelectMany(page => page.Names));
        Assert.Equal(new long?[] { 7000, 4000, 1000, null }, pages.Select(page => page.Metadata.RemainingItemCount));
    }

    /// <summary>
    /// A pod of ~0.9 kB (without the last-applied annotation, managedFields, volumes and env, which would
    /// more than double the bytes and the test's time) with a distinct name per index. The server writes each item before
    /// asking for the next, so one template serves the whole list. The names are made here, before the
    /// measurement, so what is measured is the server (and the reading), not the test's factory.
    /// </summary>
    private static Func<int, JsonObject> RefillOneTemplate()
    {
        var template = FakeObjects.Pod("bench", "pod", "10.0.0.0", new Dictionary<string, string> { ["app"] = "bench" });
        var metadata = template["metadata"]!.AsObject();
        metadata.Remove("annotations");
        metadata.Remove("managedFields");
        template["spec"]!.AsObject().Remove("volumes");
        var container = template["spec"]!["containers"]![0]!.AsObject();
        foreach (var field in new[] { "volumeMounts", "env", "args", "resources" })
        {
            container.Remove(field);
        }

        var names = Enumerable.Range(0, PodCount).Select(index => JsonValue.Create("pod-" + index.ToString(CultureInfo.InvariantCulture))).ToArray();
        return index =>
        {
            metadata["name"] = names[index];
            return template;
        };
    }

    private static async Task<(long Bytes, int Items)> DrainAsync(HttpResponseMessage response)
    {
        response.EnsureSuccessStatusCode();
        await using var body = await response.Content.ReadAsStreamAsync();
        var counter = new JsonItemCounter();
        var buffer = new byte[64 * 1024];
        var total = 0L;
        int read;
        while ((read = await body.ReadAsync(buffer)) > 0)
        {
            counter.Feed(buffer.AsSpan(0, read));
            total += read;
        }

        return (total, counter.Items);
    }
}
