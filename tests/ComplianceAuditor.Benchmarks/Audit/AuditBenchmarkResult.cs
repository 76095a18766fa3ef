namespace ComplianceAuditor.Benchmarks.Audit;

/// <summary>
/// One measured audit. <c>EngineMs</c> is building the <c>AuditContext</c> (inventory, compile,
/// classify, zones); <c>AuditMs</c> is <c>Auditor.Run</c> over every catalog; <c>TotalMs</c> is
/// engine + audit + writing results.json (generation excluded, as in <c>scale</c>).
/// </summary>
internal sealed record AuditBenchmarkResult
{
    public required int Seed { get; init; }

    public required int Pods { get; init; }

    public required int Namespaces { get; init; }

    public required int Policies { get; init; }

    public required int Peers { get; init; }

    public required int PeerClasses { get; init; }

    /// <summary>Per workload zone: its namespaces, or for a zone with a pod selector its peers, as the scope resolved them.</summary>
    public required IReadOnlyDictionary<string, int> ZoneMembers { get; init; }

    public required int UnzonedNamespaces { get; init; }

    public required double GenerateMs { get; init; }

    public required double EngineMs { get; init; }

    public required double AuditMs { get; init; }

    public required double WriteMs { get; init; }

    public required double TotalMs { get; init; }

    /// <summary>Processor time over engine + audit + write (all threads, GC included).</summary>
    public required double TotalCpuMs { get; init; }

    /// <summary>Process peak working set once the audit is done, before results.json is written.</summary>
    public required double PeakBeforeWriteMb { get; init; }

    /// <summary>Process peak working set after writing results.json (snapshot + engine + audit).</summary>
    public required double PeakWorkingSetMb { get; init; }

    /// <summary>Managed heap after a full collection at the end: snapshot, engine and the audit result (findings and their evidence).</summary>
    public required double RetainedHeapMb { get; init; }

    public required double EngineAllocatedMb { get; init; }

    public required double AuditAllocatedMb { get; init; }

    public required double ResultsMb { get; init; }

    /// <summary>Findings of the whole audit by status (results.json's status names).</summary>
    public required IReadOnlyDictionary<string, int> Findings { get; init; }

    /// <summary>Second, warm pass: each check's Evaluate timed alone, summed per catalog (framework id).</summary>
    public IReadOnlyDictionary<string, double>? CatalogMs { get; init; }

    /// <summary>Second, warm pass: summed per check type.</summary>
    public IReadOnlyDictionary<string, double>? CheckTypeMs { get; init; }

    /// <summary>Second, warm pass: the slowest single checks ("framework/control type": ms).</summary>
    public IReadOnlyDictionary<string, double>? SlowestChecks { get; init; }
}
