using System.Diagnostics;
using System.Globalization;
using ComplianceAuditor.Kubernetes.Manifests;
using Xunit.Abstractions;

namespace ComplianceAuditor.Kubernetes.Tests.Manifests;

/// <summary>
/// A large dump, indented or on one line, loads completely. Time is reported, not asserted:
/// loading speed is measured by the benchmarks (`scale --manifest`). Set MANIFEST_PERF_PODS
/// (e.g. 150000) to try the size the requirement names.
/// </summary>
public sealed class LargeDumpTests(ITestOutputHelper output)
{
    private static int Pods =>
        int.TryParse(Environment.GetEnvironmentVariable("MANIFEST_PERF_PODS"), CultureInfo.InvariantCulture, out var n) ? n : 10_000;

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_large_kubectl_json_dump_loads_completely(bool minified)
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
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }
}
