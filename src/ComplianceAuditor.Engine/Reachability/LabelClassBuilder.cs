using System.Collections.Immutable;
using System.Runtime.InteropServices;
using ComplianceAuditor.Engine.Labels;
using ComplianceAuditor.Engine.Model;
using ComplianceAuditor.Engine.Peers;
using ComplianceAuditor.Engine.Policies;
using ComplianceAuditor.Engine.Ports;

namespace ComplianceAuditor.Engine.Reachability;

/// <summary>
/// Groups peers into <see cref="LabelClass"/>es: alike in namespace, in the labels some selector
/// reads, in the ipBlocks their IPs fall in, and in the named ports some policy names. Peers are
/// compared in place (no key strings, no projected copies) because this runs once per peer and
/// there may be 150k of them; only each class's representative is projected.
/// </summary>
internal sealed class LabelClassBuilder
{
    private static readonly Comparer<ContainerPort> PortOrder = Comparer<ContainerPort>.Create(ComparePorts);

    private readonly HashSet<string> relevantKeys;
    private readonly HashSet<(Protocol, string)> namedPorts;
    private readonly IpBlockIndex ipIndex;
    private readonly bool anyBlocks;
    private readonly int allPeersId;
    private readonly RuleTypeRegistry registry;

    public LabelClassBuilder(CompiledPolicySet policies, RuleTypeRegistry registry)
    {
        this.registry = registry;
        relevantKeys = policies.Policies.SelectMany(p => p.PodSelector.Keys)
            .Concat(registry.Peers.OfType<PodMatcher>().SelectMany(m => m.PodSelector.Keys))
            .ToHashSet(StringComparer.Ordinal);
        namedPorts = [.. Enumerable.Range(0, 2)
            .SelectMany(d => registry.Types((PolicyType)d))
            .SelectMany(t => t.Ports.OfType<NamedPortMatcher>())
            .Select(m => (m.Protocol, m.Name))];
        var blocks = registry.Peers.Select((peer, id) => (id, peer)).Where(p => p.peer is IpBlockMatcher)
            .Select(p => (p.id, ((IpBlockMatcher)p.peer).Addresses)).ToList();
        anyBlocks = blocks.Count > 0;
        ipIndex = new IpBlockIndex(blocks);
        allPeersId = -1;
        for (var id = 0; id < registry.Peers.Count; id++)
        {
            allPeersId = registry.Peers[id] is AllPeersMatcher ? id : allPeersId;
        }
    }

    public List<LabelClass> Group(ImmutableArray<Peer> peers, out int[] classOfPeer)
    {
        // Shapes are independent per peer: the one step here worth both cores.
        var shapes = new PeerShape[peers.Length];
        Parallel.For(0, peers.Length, i => shapes[i] = Shape(peers[i]));

        var classes = new List<LabelClass>();
        var ids = new Dictionary<int, int>(new ShapeComparer(shapes));
        classOfPeer = new int[peers.Length];
        for (var i = 0; i < peers.Length; i++)
        {
            if (!ids.TryGetValue(i, out var id))
            {
                id = classes.Count;
                ids.Add(i, id);
                classes.Add(NewLabelClass(shapes[i]));
            }

            classes[id].Peers.Add(i);
            classOfPeer[i] = id;
        }

        return classes;
    }

    private PeerShape Shape(Peer peer)
    {
        var ipBlocks = anyBlocks && !peer.IPs.IsEmpty ? ipIndex.Match(peer.IPs) : [];
        var ports = RelevantPorts(peer.ContainerPorts);
        var hash = new HashCode();
        hash.Add(peer.Namespace);
        var labels = peer.Labels;
        var mask = 0UL;
        for (var i = 0; i < labels.Count; i++)
        {
            if (relevantKeys.Contains(labels.KeyAt(i)))
            {
                mask |= i < 64 ? 1UL << i : 0;
                hash.Add(labels.KeyAt(i));
                hash.Add(labels.ValueAt(i));
            }
        }

        // Beyond 64 labels a bit mask cannot say which are relevant: keep a projected copy.
        var projected = labels.Count > 64 ? labels.Project(relevantKeys) : null;

        foreach (var block in ipBlocks)
        {
            hash.Add(block);
        }

        foreach (var port in ports)
        {
            hash.Add(port);
        }

        return new PeerShape(peer.Namespace, labels, mask, projected, ipBlocks, ports, hash.ToHashCode());
    }

    private ImmutableArray<ContainerPort> RelevantPorts(ImmutableArray<ContainerPort> ports)
    {
        if (namedPorts.Count == 0 || ports.IsEmpty)
        {
            return [];
        }

        var count = 0;
        foreach (var port in ports)
        {
            count += IsRelevant(port) ? 1 : 0;
        }

        if (count == 0)
        {
            return [];
        }

        var relevant = new ContainerPort[count];
        var next = 0;
        foreach (var port in ports)
        {
            if (IsRelevant(port) && Array.IndexOf(relevant, port, 0, next) < 0)
            {
                relevant[next++] = port;
            }
        }

        Array.Sort(relevant, 0, next, PortOrder);
        return ImmutableCollectionsMarshal.AsImmutableArray(next == count ? relevant : relevant[..next]);
    }

    private bool IsRelevant(ContainerPort port) => port.Name is not null && namedPorts.Contains((port.Protocol, port.Name));

    private static int ComparePorts(ContainerPort a, ContainerPort b)
    {
        var byName = string.CompareOrdinal(a.Name, b.Name);
        if (byName != 0)
        {
            return byName;
        }

        return a.Protocol != b.Protocol ? a.Protocol.CompareTo(b.Protocol) : a.Port.CompareTo(b.Port);
    }

    private LabelClass NewLabelClass(PeerShape shape)
    {
        var labelClass = new LabelClass(shape.Namespace, shape.ProjectedLabels(relevantKeys), shape.IpBlocks, shape.Ports);
        var matched = allPeersId >= 0 ? shape.IpBlocks.Append(allPeersId) : shape.IpBlocks;
        foreach (var id in matched)
        {
            if (registry.IsUsed(id, PolicyType.Ingress))
            {
                labelClass.MatchedIngressPeers.Add(id);
            }

            if (registry.IsUsed(id, PolicyType.Egress))
            {
                labelClass.MatchedEgressPeers.Add(id);
            }
        }

        return labelClass;
    }

    /// <summary>
    /// A peer as selectors see it. <see cref="Relevant"/> has a bit set for each label position
    /// some selector reads; a peer with more than 64 labels carries <see cref="Projected"/> instead.
    /// </summary>
    private readonly record struct PeerShape(string Namespace, LabelSet Labels, ulong Relevant, LabelSet? Projected, int[] IpBlocks, ImmutableArray<ContainerPort> Ports, int Hash)
    {
        public LabelSet ProjectedLabels(HashSet<string> relevantKeys) => Projected ?? Labels.Project(relevantKeys);
    }

    /// <summary>Compares peers (by index) on what selectors can see, walking their relevant labels in place.</summary>
    private sealed class ShapeComparer(PeerShape[] shapes) : IEqualityComparer<int>
    {
        public bool Equals(int x, int y)
        {
            var (a, b) = (shapes[x], shapes[y]);
            return a.Hash == b.Hash
                && string.Equals(a.Namespace, b.Namespace, StringComparison.Ordinal)
                && a.IpBlocks.AsSpan().SequenceEqual(b.IpBlocks)
                && a.Ports.SequenceEqual(b.Ports)
                && SameRelevantLabels(a, b);
        }

        public int GetHashCode(int obj) => shapes[obj].Hash;

        private static bool SameRelevantLabels(PeerShape a, PeerShape b)
        {
            if (a.Projected is not null || b.Projected is not null)
            {
                return a.Projected is not null && b.Projected is not null && a.Projected.Equals(b.Projected);
            }

            if (System.Numerics.BitOperations.PopCount(a.Relevant) != System.Numerics.BitOperations.PopCount(b.Relevant))
            {
                return false;
            }

            var (left, right) = (a.Relevant, b.Relevant);
            while (left != 0)
            {
                var (i, j) = (System.Numerics.BitOperations.TrailingZeroCount(left), System.Numerics.BitOperations.TrailingZeroCount(right));
                if (!string.Equals(a.Labels.KeyAt(i), b.Labels.KeyAt(j), StringComparison.Ordinal)
                    || !string.Equals(a.Labels.ValueAt(i), b.Labels.ValueAt(j), StringComparison.Ordinal))
                {
                    return false;
                }

                (left, right) = (left & (left - 1), right & (right - 1));
            }

            return true;
        }
    }
}
