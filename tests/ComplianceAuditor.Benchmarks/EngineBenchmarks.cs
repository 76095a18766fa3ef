using BenchmarkDotNet.Attributes;
using ComplianceAuditor.Engine.Model;
using ComplianceAuditor.Engine.Peers;
using ComplianceAuditor.Engine.Policies;
using ComplianceAuditor.Engine.Reachability;
using ComplianceAuditor.TestSupport.Synthetic;

namespace ComplianceAuditor.Benchmarks;

/// <summary>
/// Steady-state engine cost on generated clusters (default densities: 7 namespaces and 20 policies
/// per 100 pods). <see cref="ComputeAndStats"/> is the reachability core on a prepared inventory and
/// policy set; <see cref="WholeEngine"/> adds building those from the snapshot.
/// </summary>
[MemoryDiagnoser]
public class EngineBenchmarks
{
    private ClusterSnapshot snapshot = ClusterSnapshot.Empty;
    private PeerInventory? inventory;
    private CompiledPolicySet? policies;

    [Params(10_000, 50_000)]
    public int Pods { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        snapshot = SyntheticClusterGenerator.Generate(SyntheticClusterOptions.Scaled(Pods));
        inventory = PeerInventory.Build(snapshot);
        policies = CompiledPolicySet.Compile(snapshot.NetworkPolicies);
    }

    [Benchmark]
    public long ComputeAndStats() => ReachabilityAnalysis.Compute(inventory!, policies!).Stats().AllowedPairs;

    [Benchmark]
    public long WholeEngine() =>
        ReachabilityAnalysis.Compute(PeerInventory.Build(snapshot), CompiledPolicySet.Compile(snapshot.NetworkPolicies)).Stats().AllowedPairs;
}
