using BenchmarkDotNet.Running;
using ComplianceAuditor.Benchmarks;
using ComplianceAuditor.Benchmarks.Audit;

// Verbs:
//   scale [--pods N --namespaces N --policies N --seed S --warmup --manifest]  one size in this process, one JSON line
//   audit [--pods N --namespaces N --policies N --seed S --out FILE --no-profile]  the audit pipeline with zones, one JSON line
//   sizes [--repeats N --warmup --manifest --max-pods N]            10k/50k/150k, each run in a child process, markdown table
//   write --pods N [--namespaces N --policies N --seed S] --out FILE [--indented]   a synthetic kind: List manifest
//   report-input --out FILE                                          results.json of 10,000 findings and 200,000 flows, for `report --from`
//   snapshot-memory [--pods N]                                      peak memory of `snapshot` against a fake API server (100k pods)
//   bdn [BenchmarkDotNet arguments]                                 BenchmarkDotNet over EngineBenchmarks
var verb = args.Length > 0 ? args[0] : "help";
var rest = args.Skip(1).ToArray();
try
{
    return verb switch
    {
        "scale" => ScaleCommand.Run(BenchmarkArguments.Parse(rest)),
        "audit" => AuditBenchmark.Run(BenchmarkArguments.Parse(rest)),
        "sizes" => SizesCommand.Run(BenchmarkArguments.Parse(rest)),
        "write" => WriteCommand.Run(BenchmarkArguments.Parse(rest)),
        "report-input" => ReportInputCommand.Run(BenchmarkArguments.Parse(rest)),
        "snapshot-memory" => await SnapshotMemoryCommand.RunAsync(BenchmarkArguments.Parse(rest)),
        "bdn" => RunBenchmarkDotNet(rest),
        _ => Usage(),
    };
}
catch (ArgumentException e)
{
    await Console.Error.WriteLineAsync($"error: {e.Message}");
    return 3;
}

static int RunBenchmarkDotNet(string[] bdnArgs)
{
    BenchmarkSwitcher.FromTypes([typeof(EngineBenchmarks)]).Run(bdnArgs);
    return 0;
}

static int Usage()
{
    Console.WriteLine("""
        usage: ComplianceAuditor.Benchmarks <verb> [options]
          scale [--pods N --namespaces N --policies N --seed S --warmup --manifest]
              run one size in-process and print one JSON line of phase times, memory and stats
              (--manifest: write the cluster as List JSON and run on what ManifestLoader reads back)
          audit [--pods N --namespaces N --policies N --seed S --out FILE --no-profile]
              run the audit pipeline (bundled catalogs, zoned namespaces) in-process and print one
              JSON line of phase times, memory and findings (--out keeps results.json)
          sizes [--repeats N --warmup --manifest --max-pods N]
              run 10k/50k/150k pods, each repeat in a child process, and print a markdown table
          write --pods N [--namespaces N --policies N --seed S] --out FILE [--indented]
              write a synthetic cluster as a kubectl-style kind: List JSON manifest
          snapshot-memory [--pods N]
              serve N generated pods (default 100000) from a fake API server and measure the peak
              memory of the real `snapshot` command reading them, in a child process
          bdn [BenchmarkDotNet arguments]
              BenchmarkDotNet over EngineBenchmarks (e.g. bdn --filter '*')
        """);
    return 3;
}
