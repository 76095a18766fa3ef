using System.Diagnostics;
using System.Text.Json;
using ComplianceAuditor.Engine.Peers;
using ComplianceAuditor.Engine.Policies;
using ComplianceAuditor.Engine.Reachability;
using ComplianceAuditor.TestSupport.Synthetic;

namespace ComplianceAuditor.Benchmarks;

/// <summary>
/// Times each phase of the pipeline on one generated cluster, in this process, and prints one JSON
/// line. Cold by default (what a CLI invocation pays: JIT, tier-0 code, a heap still growing);
/// <c>--warmup</c> runs the engine once on the same snapshot first and times the second run
/// (steady state, as a long-running <c>serve</c> or scheduler process sees it).
/// </summary>
internal static class ScaleCommand
{
    public static JsonSerializerOptions Json { get; } = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    public static int Run(BenchmarkArguments arguments)
    {
        var result = Measure(arguments.Cluster, arguments.Warmup, arguments.Manifest);
        Console.WriteLine(JsonSerializer.Serialize(result, Json));
        return 0;
    }

    public static ScaleResult Measure(SyntheticClusterOptions options, bool warm, bool throughManifest)
    {
        const double Mb = 1024.0 * 1024.0;
        var clock = Stopwatch.StartNew();
        var snapshot = SyntheticClusterGenerator.Generate(options);
        var generateMs = ProcessFigures.Lap(clock);
        var loaded = throughManifest ? ManifestRoundTrip.Through(snapshot) : null;
        snapshot = loaded?.Snapshot ?? snapshot;
        var snapshotHeap = GC.GetTotalMemory(forceFullCollection: true);
        var peakAfterGenerate = ProcessFigures.CurrentPeak();
        if (warm)
        {
            GC.KeepAlive(ReachabilityAnalysis.Compute(snapshot).Stats());
            GC.Collect();
        }

        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var cpuBefore = ProcessFigures.ProcessorTime();
        clock.Restart();
        var inventory = PeerInventory.Build(snapshot);
        var inventoryMs = ProcessFigures.Lap(clock);
        var policies = CompiledPolicySet.Compile(snapshot.NetworkPolicies);
        var compileMs = ProcessFigures.Lap(clock);
        var analysis = ReachabilityAnalysis.Compute(inventory, policies);
        var classifyMs = ProcessFigures.Lap(clock);
        var stats = analysis.Stats();
        var statsMs = ProcessFigures.Lap(clock);
        var engineCpu = ProcessFigures.ProcessorTime() - cpuBefore;
        var engineAllocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        var retainedHeap = GC.GetTotalMemory(forceFullCollection: true);
        GC.KeepAlive(analysis);
        GC.KeepAlive(snapshot);

        return new ScaleResult
        {
            Seed = options.Seed,
            Pods = options.Pods,
            Namespaces = options.Namespaces,
            Policies = options.Policies,
            Warm = warm,
            GenerateMs = generateMs,
            InventoryMs = inventoryMs,
            CompileMs = compileMs,
            ClassifyMs = classifyMs,
            StatsMs = statsMs,
            EngineMs = Math.Round(inventoryMs + compileMs + classifyMs + statsMs, 1),
            EngineCpuMs = Math.Round(engineCpu.TotalMilliseconds, 1),
            PeakAfterGenerateMb = Math.Round(peakAfterGenerate / Mb, 1),
            PeakWorkingSetMb = Math.Round(ProcessFigures.CurrentPeak() / Mb, 1),
            SnapshotHeapMb = Math.Round(snapshotHeap / Mb, 1),
            RetainedHeapMb = Math.Round(retainedHeap / Mb, 1),
            EngineAllocatedMb = Math.Round(engineAllocated / Mb, 1),
            Peers = stats.Peers,
            PeerPods = stats.Pods,
            WorkloadPeers = stats.Workloads,
            PeerClasses = stats.PeerClasses,
            SourceClasses = stats.SourceClasses,
            DestinationClasses = stats.DestinationClasses,
            AllowedPairs = stats.AllowedPairs,
            IsolatedForIngress = stats.IsolatedForIngress,
            IsolatedForEgress = stats.IsolatedForEgress,
            LoadMs = loaded?.LoadMs,
            ManifestMb = loaded?.ManifestMb,
            LoadErrors = loaded?.Errors,
        };
    }
}
