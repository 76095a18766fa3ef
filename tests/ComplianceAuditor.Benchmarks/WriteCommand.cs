using System.Diagnostics;
using ComplianceAuditor.TestSupport.Synthetic;

namespace ComplianceAuditor.Benchmarks;

/// <summary>Writes a generated cluster as a kubectl-style List manifest, for running the CLI on it.</summary>
internal static class WriteCommand
{
    public static int Run(BenchmarkArguments arguments)
    {
        var path = arguments.Out ?? throw new ArgumentException("write needs --out FILE");
        var options = arguments.Cluster;
        var clock = Stopwatch.StartNew();
        var snapshot = SyntheticClusterGenerator.Generate(options);
        SyntheticManifestWriter.WriteFile(snapshot, path, arguments.Indented);
        var size = new FileInfo(path).Length / (1024.0 * 1024.0);
        Console.WriteLine($"wrote {path}: {snapshot.Namespaces.Length} namespaces, {snapshot.Workloads.Length} workloads, " +
            $"{snapshot.Pods.Length} pods, {snapshot.NetworkPolicies.Length} policies, {size:F1} MB in {clock.ElapsedMilliseconds} ms (seed {options.Seed})");
        return 0;
    }
}
