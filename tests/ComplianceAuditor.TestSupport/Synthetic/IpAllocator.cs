using System.Collections.Immutable;
using System.Globalization;
using ComplianceAuditor.Engine.Net;

namespace ComplianceAuditor.TestSupport.Synthetic;

/// <summary>
/// Hands out node and pod addresses the way a CNI with per-node ranges does: nodes in 10.0.0.0/16,
/// each node a /24 of the pod CIDR 10.64.0.0/10 and a /64 of fd00:10:64::/48 for dual-stack pods.
/// </summary>
internal sealed class IpAllocator
{
    public const string PodCidr = "10.64.0.0/10";
    public const string PodCidrV6 = "fd00:10:64::/48";
    public const string NodeCidr = "10.0.0.0/16";

    private const int PodsPerNode = 250;
    private const uint PodBase = (10u << 24) | (64u << 16);
    private const uint NodeBase = 10u << 24;
    private const ulong V6High = 0xfd00_0010_0064_0000UL;

    private readonly Random random;
    private readonly int[] used;

    public IpAllocator(Random random, int nodes)
    {
        // 16384 /24s fit in the /10; far beyond any size the benchmarks use.
        ArgumentOutOfRangeException.ThrowIfGreaterThan(nodes, 16_384);
        this.random = random;
        used = new int[nodes];
        NodeNames = [.. Enumerable.Range(0, nodes).Select(n => string.Create(CultureInfo.InvariantCulture, $"node-{n:D5}"))];
    }

    public int NodeCount => used.Length;

    public ImmutableArray<string> NodeNames { get; }

    /// <summary>A host-network pod's only address: its node's.</summary>
    public static ImmutableArray<IpAddress> NodeAddress(int node) => [new IpAddress(IpFamily.IPv4, NodeBase + 10u + (uint)node)];

    /// <summary>Places a pod on a random node with room and gives it the next address there.</summary>
    public ImmutableArray<IpAddress> Allocate(bool dualStack, out int node)
    {
        node = random.Next(used.Length);
        var probes = 0;
        while (used[node] >= PodsPerNode)
        {
            node = (node + 1) % used.Length;
            if (++probes > used.Length)
            {
                throw new InvalidOperationException($"all {used.Length} nodes are full ({PodsPerNode} pods each)");
            }
        }

        return AllocateOn(node, dualStack);
    }

    /// <summary>The next address on a given node (DaemonSet pods run on every node).</summary>
    public ImmutableArray<IpAddress> AllocateOn(int node, bool dualStack)
    {
        if (used[node] >= PodsPerNode)
        {
            throw new InvalidOperationException($"node {NodeNames[node]} is full ({PodsPerNode} pods)");
        }

        var host = (uint)++used[node];
        var v4 = new IpAddress(IpFamily.IPv4, PodBase + ((uint)node << 8) + host);
        if (!dualStack)
        {
            return [v4];
        }

        var v6 = new IpAddress(IpFamily.IPv6, new UInt128(V6High | (uint)node, host));
        return [v4, v6];
    }
}
