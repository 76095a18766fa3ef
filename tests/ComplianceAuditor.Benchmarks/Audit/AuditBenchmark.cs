using System.Diagnostics;
using System.Text.Json;
using ComplianceAuditor.Controls.Catalogs;
using ComplianceAuditor.Controls.Evaluation;
using ComplianceAuditor.Controls.Scope;
using ComplianceAuditor.Engine.Diagnostics;
using ComplianceAuditor.Reports.Results;
using ComplianceAuditor.TestSupport.Synthetic;

namespace ComplianceAuditor.Benchmarks.Audit;

/// <summary>
/// The <c>audit</c> pipeline on a generated cluster with zones (<see cref="SyntheticZones"/>): the
/// bundled catalogs of the repository's controls/ folder, the engine, every check, and results.json;
/// prints one JSON line. Cold, in this process, as one CLI invocation pays it.
/// </summary>
internal static class AuditBenchmark
{
    private const double Mb = 1024.0 * 1024.0;

    /// <summary>A fixed audit time, so policy-review ages and so results.json do not depend on the day.</summary>
    private static readonly DateTimeOffset AuditTime = new(2026, 11, 28, 10, 0, 0, TimeSpan.Zero);

    public static int Run(BenchmarkArguments arguments)
    {
        var result = Measure(arguments.Cluster, arguments.Out, arguments.Profile);
        Console.WriteLine(JsonSerializer.Serialize(result, ScaleCommand.Json));
        return 0;
    }

    public static AuditBenchmarkResult Measure(SyntheticClusterOptions options, string? resultsPath, bool profile)
    {
        var scope = SyntheticZones.Scope();
        var catalogs = LoadCatalogs(scope);
        var clock = Stopwatch.StartNew();
        var snapshot = SyntheticZones.Assign(SyntheticClusterGenerator.Generate(options), options.Seed);
        var generateMs = ProcessFigures.Lap(clock);
        GC.Collect();

        var cpuBefore = ProcessFigures.ProcessorTime();
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        clock.Restart();
        var context = new AuditContext(snapshot, scope, AuditTime);
        var engineMs = ProcessFigures.Lap(clock);
        var engineAllocated = GC.GetTotalAllocatedBytes(precise: true) - allocated;
        allocated += engineAllocated;
        var result = Auditor.Run(context, catalogs, []);
        var auditMs = ProcessFigures.Lap(clock);
        var auditAllocated = GC.GetTotalAllocatedBytes(precise: true) - allocated;
        var peakBeforeWrite = ProcessFigures.CurrentPeak();
        var (writeMs, resultsBytes) = WriteResults(result, resultsPath, clock);
        var cpu = ProcessFigures.ProcessorTime() - cpuBefore;
        var peak = ProcessFigures.CurrentPeak();
        var retained = GC.GetTotalMemory(forceFullCollection: true);
        GC.KeepAlive(result);

        var checks = profile ? CheckProfile.Measure(context, catalogs) : default;
        return new AuditBenchmarkResult
        {
            Seed = options.Seed,
            Pods = options.Pods,
            Namespaces = options.Namespaces,
            Policies = options.Policies,
            Peers = context.Inventory.Peers.Length,
            PeerClasses = context.Reachability.Stats().PeerClasses,
            ZoneMembers = ZoneMembers(context.Zones),
            UnzonedNamespaces = context.Zones.UnzonedNamespaces.Length,
            GenerateMs = generateMs,
            EngineMs = engineMs,
            AuditMs = auditMs,
            WriteMs = writeMs,
            TotalMs = Math.Round(engineMs + auditMs + writeMs, 1),
            TotalCpuMs = Math.Round(cpu.TotalMilliseconds, 1),
            PeakBeforeWriteMb = Math.Round(peakBeforeWrite / Mb, 1),
            PeakWorkingSetMb = Math.Round(peak / Mb, 1),
            RetainedHeapMb = Math.Round(retained / Mb, 1),
            EngineAllocatedMb = Math.Round(engineAllocated / Mb, 1),
            AuditAllocatedMb = Math.Round(auditAllocated / Mb, 1),
            ResultsMb = Math.Round(resultsBytes / Mb, 1),
            Findings = FindingCounts(result),
            CatalogMs = checks.Catalogs,
            CheckTypeMs = checks.Types,
            SlowestChecks = checks.Slowest,
        };
    }

    private static IReadOnlyList<ControlCatalog> LoadCatalogs(ScopeDefinition scope)
    {
        var diagnostics = new DiagnosticBag();
        var catalogs = CatalogLoader.Load([RepositoryFolder.Controls()], scope, diagnostics);
        if (diagnostics.HasErrors || catalogs.Count == 0)
        {
            throw new ArgumentException($"the bundled catalogs do not load: {string.Join("; ", diagnostics.Items)}");
        }

        return catalogs;
    }

    private static (double Ms, long Bytes) WriteResults(AuditResult result, string? path, Stopwatch clock)
    {
        var target = path ?? Path.Combine(Path.GetTempPath(), $"audit-benchmark-{Environment.ProcessId}.json");
        try
        {
            clock.Restart();
            using (var stream = File.Create(target))
            {
                ResultsJsonWriter.Write(stream, result, "benchmark");
            }

            return (ProcessFigures.Lap(clock), new FileInfo(target).Length);
        }
        finally
        {
            if (path is null)
            {
                File.Delete(target);
            }
        }
    }

    private static Dictionary<string, int> FindingCounts(AuditResult result) =>
        result.Frameworks.SelectMany(f => f.Controls).SelectMany(c => c.Findings)
            .GroupBy(f => ResultsSchema.Status(f.Status))
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);

    private static Dictionary<string, int> ZoneMembers(ZoneMembership zones) =>
        zones.Scope.Zones.Where(z => z.Kind == ZoneKind.Workload)
            .ToDictionary(z => z.Name, z => z.Pods is null ? zones.NamespacesIn([z.Name]).Count : zones.PeerCount(z.Name), StringComparer.Ordinal);
}
