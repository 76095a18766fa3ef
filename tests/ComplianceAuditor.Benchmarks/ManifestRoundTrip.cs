using System.Diagnostics;
using ComplianceAuditor.Engine.Model;
using ComplianceAuditor.Kubernetes.Manifests;
using ComplianceAuditor.TestSupport.Synthetic;

namespace ComplianceAuditor.Benchmarks;

/// <summary>
/// The CLI's real input path: the generated cluster is written as a kubectl List JSON file and read
/// back through <see cref="ManifestLoader"/>, so the engine runs on what the loader produced.
/// </summary>
internal static class ManifestRoundTrip
{
    public sealed record Loaded(ClusterSnapshot Snapshot, double LoadMs, double ManifestMb, int Errors);

    public static Loaded Through(ClusterSnapshot generated)
    {
        var path = Path.Combine(Path.GetTempPath(), $"synthetic-{Environment.ProcessId}.json");
        try
        {
            SyntheticManifestWriter.WriteFile(generated, path);
            var size = new FileInfo(path).Length / (1024.0 * 1024.0);
            var clock = Stopwatch.StartNew();
            var result = ManifestLoader.Load([path]);
            var loadMs = Math.Round(clock.Elapsed.TotalMilliseconds, 1);
            foreach (var error in result.Diagnostics.Where(d => d.IsError).Take(5))
            {
                Console.Error.WriteLine(error);
            }

            return new Loaded(result.Snapshot, loadMs, Math.Round(size, 1), result.Diagnostics.Count(d => d.IsError));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
