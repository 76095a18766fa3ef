using ComplianceAuditor.Engine.Model;
using ComplianceAuditor.Engine.Reachability;
using ComplianceAuditor.TestSupport.Synthetic;

namespace ComplianceAuditor.Engine.Tests.Synthetic;

/// <summary>
/// The generator must be reproducible (benchmarks compare runs by seed) and must produce the
/// features the engine has to handle; and on its output the pair count Stats() derives from class
/// sizes must agree with the pairs Connections() actually enumerates.
/// </summary>
public sealed class SyntheticClusterGeneratorTests
{
    private static readonly SyntheticClusterOptions Small = new() { Seed = 7, Pods = 2_000, Namespaces = 140, Policies = 400 };

    [Fact]
    public void Same_seed_gives_byte_identical_manifests_and_equal_stats()
    {
        var first = SyntheticClusterGenerator.Generate(Small);
        var second = SyntheticClusterGenerator.Generate(Small);

        Assert.Equal(Manifest(first), Manifest(second));
        Assert.Equal(ReachabilityAnalysis.Compute(first).Stats(), ReachabilityAnalysis.Compute(second).Stats());
    }

    [Fact]
    public void Another_seed_gives_another_cluster()
    {
        var first = SyntheticClusterGenerator.Generate(Small);
        var other = SyntheticClusterGenerator.Generate(Small with { Seed = 8 });

        Assert.NotEqual(Manifest(first), Manifest(other));
    }

    [Theory]
    [InlineData(2_000, 140, 400)]
    [InlineData(60, 6, 0)]
    [InlineData(500, 300, 5)]
    [InlineData(300, 8, 900)]
    public void Object_counts_are_exactly_the_requested_ones(int pods, int namespaces, int policies)
    {
        var snapshot = SyntheticClusterGenerator.Generate(new SyntheticClusterOptions { Pods = pods, Namespaces = namespaces, Policies = policies });

        Assert.Equal(pods, snapshot.Pods.Length);
        Assert.Equal(namespaces, snapshot.Namespaces.Length);
        Assert.Equal(policies, snapshot.NetworkPolicies.Length);
        Assert.Equal(pods, snapshot.Pods.Select(p => p.Metadata.QualifiedName).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(policies, snapshot.NetworkPolicies.Select(p => p.Metadata.QualifiedName).Distinct(StringComparer.Ordinal).Count());
    }

    [Theory]
    [InlineData(7)]
    [InlineData(11)]
    [InlineData(12345)]
    public void Allowed_pairs_equal_the_peer_to_peer_connections(int seed)
    {
        var analysis = ReachabilityAnalysis.Compute(SyntheticClusterGenerator.Generate(Small with { Seed = seed }));

        // Peer names contain '/', address ranges never do.
        var peerToPeer = analysis.Connections().LongCount(c => c.Source.Contains('/', StringComparison.Ordinal) && c.Destination.Contains('/', StringComparison.Ordinal));

        var stats = analysis.Stats();
        Assert.True(stats.AllowedPairs > 0, "a generated cluster has some allowed traffic");
        Assert.Equal(stats.AllowedPairs, peerToPeer);
    }

    [Fact]
    public void Generated_cluster_has_the_features_the_engine_must_handle()
    {
        var snapshot = SyntheticClusterGenerator.Generate(Small);
        var rules = snapshot.NetworkPolicies.SelectMany(p => p.Spec.IngressRules.Concat(p.Spec.EgressRules)).ToList();
        var peers = rules.SelectMany(r => r.Peers ?? []).ToList();
        var ports = rules.SelectMany(r => r.Ports ?? []).ToList();

        Has(snapshot.Pods, p => p.Metadata.Labels.ContainsKey("statefulset.kubernetes.io/pod-name"), "StatefulSet pods");
        Has(snapshot.Pods, p => p.Metadata.Labels.ContainsKey("pod-template-hash"), "ReplicaSet pods");
        Has(snapshot.Pods, p => p.HostNetwork, "host-network pods");
        Has(snapshot.Pods, p => p.IsFinished, "finished pods");
        Has(snapshot.Pods, p => p.PodIPs.Length == 2, "dual-stack pods");
        Has(snapshot.Workloads, w => w.Kind == WorkloadKind.CronJob, "CronJobs");
        Has(snapshot.Workloads, w => w.Kind == WorkloadKind.DaemonSet, "DaemonSets");
        Has(snapshot.Namespaces, n => n.Metadata.Labels.TryGetValue("pci", out var zone) && zone == "cde", "a PCI namespace");
        Has(peers, p => p.NamespaceSelector is not null && p.PodSelector is not null, "namespace and pod selector peers");
        Has(peers, p => p.IpBlock is { Except.IsEmpty: false }, "ipBlocks with except");
        Has(ports, p => p.PortName is not null, "named ports");
        Has(ports, p => p.EndPort is not null, "port ranges");
        Has(ports, p => p.Protocol == Ports.Protocol.UDP, "UDP ports");
        Has(snapshot.NetworkPolicies, p => p.Spec.PolicyTypes is null, "policies without policyTypes");
        Has(rules.SelectMany(r => r.Peers ?? []), p => p.PodSelector?.MatchExpressions.Length > 0, "matchExpressions");
    }

    private static void Has<T>(IEnumerable<T> items, Func<T, bool> predicate, string what) =>
        Assert.True(items.Any(predicate), $"expected {what} in the generated cluster");

    private static byte[] Manifest(ClusterSnapshot snapshot)
    {
        using var stream = new MemoryStream();
        SyntheticManifestWriter.Write(snapshot, stream);
        return stream.ToArray();
    }
}
