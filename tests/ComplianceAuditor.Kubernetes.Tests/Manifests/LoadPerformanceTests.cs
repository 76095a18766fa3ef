using System.Diagnostics;
using System.Globalization;
using ComplianceAuditor.Kubernetes.Manifests;
using Xunit.Abstractions;

namespace ComplianceAuditor.Kubernetes.Tests.Manifests;

/// <summary>
/// A large dump must load in seconds, not minutes. Set MANIFEST_PERF_PODS (e.g. 150000) to measure
/// the size the requirement names; the default keeps the suite quick. The bounds are generous
/// (shared, loaded CI machines): they catch quadratic work, not small regressions.
/// </summary>
public sealed class LoadPerformanceTests(ITestOutputHelper output)
{
    private static int Pods =>
        int.TryParse(Environment.GetEnvironmentVariable("MANIFEST_PERF_PODS"), CultureInfo.InvariantCulture, out var n) ? n : 10_000;

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_large_kubectl_json_dump_loads_in_linear_time(bool minified)
    {
        var pods = Pods;
        var directory = Directory.CreateTempSubdirectory("manifests-perf-");
        try
        {
            var path = Path.Combine(directory.FullName, "pods.json");
            PodDumpGenerator.Write(path, pods, minified);
            var size = new FileInfo(path).Length;

            var clock = Stopwatch.StartNew();
            var result = ManifestLoader.Load([path]);
            clock.Stop();

            output.WriteLine($"{pods} pods, {size >> 20} MiB, minified={minified}: {clock.ElapsedMilliseconds} ms");
            result.AssertClean();
            Assert.Equal(pods, result.Snapshot.Pods.Length);
            Assert.Equal(2, result.Snapshot.Pods[^1].ContainerPorts.Length);
            Assert.True(clock.Elapsed < TimeSpan.FromMilliseconds(2000 + pods), $"took {clock.Elapsed}");
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }
}
