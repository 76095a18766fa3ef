namespace ComplianceAuditor.Benchmarks;

/// <summary>
/// One measured run. Engine time is everything the CLI does after it holds a snapshot:
/// <c>EngineMs = InventoryMs + CompileMs + ClassifyMs + StatsMs</c> (generation excluded).
/// </summary>
internal sealed record ScaleResult
{
    public required int Seed { get; init; }

    public required int Pods { get; init; }

    public required int Namespaces { get; init; }

    public required int Policies { get; init; }

    public required bool Warm { get; init; }

    public required double GenerateMs { get; init; }

    public required double InventoryMs { get; init; }

    public required double CompileMs { get; init; }

    /// <summary><c>ReachabilityAnalysis.Compute</c>: classification of peers and the scan index.</summary>
    public required double ClassifyMs { get; init; }

    /// <summary><c>Stats()</c>, which counts allowed pairs by scanning every destination class.</summary>
    public required double StatsMs { get; init; }

    public required double EngineMs { get; init; }

    /// <summary>
    /// Processor time of the whole process over the engine phases (all threads, GC included). On a
    /// shared machine it is steadier than wall time; Stats() runs in parallel, so it can exceed EngineMs.
    /// </summary>
    public required double EngineCpuMs { get; init; }

    /// <summary>Process peak working set right after generation (snapshot built, engine not yet run).</summary>
    public required double PeakAfterGenerateMb { get; init; }

    /// <summary>Process peak working set at the end: the figure the 1.5 GB budget is about.</summary>
    public required double PeakWorkingSetMb { get; init; }

    /// <summary>Managed heap holding the snapshot alone (after a full collection).</summary>
    public required double SnapshotHeapMb { get; init; }

    /// <summary>Managed heap holding the snapshot, inventory, compiled policies and analysis.</summary>
    public required double RetainedHeapMb { get; init; }

    /// <summary>Bytes the engine phases allocated in total (GC.GetTotalAllocatedBytes delta).</summary>
    public required double EngineAllocatedMb { get; init; }

    public required int Peers { get; init; }

    public required int PeerPods { get; init; }

    public required int WorkloadPeers { get; init; }

    public required int PeerClasses { get; init; }

    public required int SourceClasses { get; init; }

    public required int DestinationClasses { get; init; }

    public required long AllowedPairs { get; init; }

    public required int IsolatedForIngress { get; init; }

    public required int IsolatedForEgress { get; init; }

    /// <summary>With <c>--manifest</c>: time ManifestLoader took to read the generated List JSON back.</summary>
    public double? LoadMs { get; init; }

    public double? ManifestMb { get; init; }

    /// <summary>With <c>--manifest</c>: error diagnostics the loader reported (expected 0).</summary>
    public int? LoadErrors { get; init; }
}
