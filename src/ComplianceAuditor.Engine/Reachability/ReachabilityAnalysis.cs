using ComplianceAuditor.Engine.Model;
using ComplianceAuditor.Engine.Net;
using ComplianceAuditor.Engine.Peers;
using ComplianceAuditor.Engine.Policies;
using ComplianceAuditor.Engine.Ports;

namespace ComplianceAuditor.Engine.Reachability;

/// <summary>
/// Who can reach whom, computed per class of identical peers. Create once with
/// <see cref="Compute(PeerInventory, CompiledPolicySet)"/>; <see cref="Stats"/> is cheap at any size, <see cref="Connections"/>
/// expands to peers and costs what it outputs.
/// </summary>
public sealed class ReachabilityAnalysis
{
    private readonly ClassModel model;
    private readonly ScanIndex index;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<int, IReadOnlyList<(IpRange Range, ProtocolPortSet Ports)>> ingressRanges = new();
    private readonly System.Collections.Concurrent.ConcurrentDictionary<int, IReadOnlyList<(IpRange Range, ProtocolPortSet Ports)>> egressRanges = new();

    private ReachabilityAnalysis(PeerInventory inventory, CompiledPolicySet policies)
    {
        Inventory = inventory;
        Policies = policies;
        model = PeerClassifier.Classify(inventory, policies);
        index = new ScanIndex(model);
    }

    public PeerInventory Inventory { get; }

    public CompiledPolicySet Policies { get; }

    public static ReachabilityAnalysis Compute(PeerInventory inventory, CompiledPolicySet policies) => new(inventory, policies);

    public static ReachabilityAnalysis Compute(ClusterSnapshot snapshot) =>
        Compute(PeerInventory.Build(snapshot), CompiledPolicySet.Compile(snapshot.NetworkPolicies));

    public bool IsIsolated(int peerIndex, PolicyType direction) => direction == PolicyType.Ingress
        ? model.Destinations[model.DestinationOf[peerIndex]].IngressTypes is not null
        : model.Sources[model.SourceOf[peerIndex]].EgressTypes is not null;

    public ReachabilityStats Stats() => new()
    {
        Pods = Inventory.PodCount,
        Workloads = Inventory.Peers.Length - Inventory.PodCount,
        Peers = Inventory.Peers.Length,
        Namespaces = Inventory.Namespaces.Count,
        Policies = Policies.Policies.Length,
        PeerClasses = model.PeerClasses.Length,
        SourceClasses = model.Sources.Length,
        DestinationClasses = model.Destinations.Length,
        AllowedPairs = CountAllowedPairs(),
        IsolatedForIngress = model.Destinations.Where(d => d.IngressTypes is not null).Sum(d => d.Peers.Count),
        IsolatedForEgress = model.Sources.Where(s => s.EgressTypes is not null).Sum(s => s.Peers.Count),
    };

    /// <summary>The ports allowed from one peer to another (by inventory index); empty for a peer to itself.</summary>
    public ProtocolPortSet Allowed(int sourcePeer, int destinationPeer)
    {
        if (sourcePeer == destinationPeer)
        {
            return ProtocolPortSet.Empty;
        }

        var scanner = new DestinationScanner(index);
        scanner.Scan(model.Destinations[model.DestinationOf[destinationPeer]]);
        return scanner.AllowedFrom(model.SourceOf[sourcePeer]);
    }

    /// <summary>
    /// Every connection with at least one allowed port, sorted by source then destination
    /// (ordinal), yielded one at a time: output can be far larger than the analysis.
    /// </summary>
    public IEnumerable<Connection> Connections() => new ConnectionStream(this, model, index).Sorted();

    /// <summary>The external address ranges allowed in to a peer (by inventory index), as the contract cuts them.</summary>
    public IReadOnlyList<(IpRange Range, ProtocolPortSet Ports)> ExternalIngress(int peerIndex)
    {
        var destination = model.Destinations[model.DestinationOf[peerIndex]];
        return ingressRanges.GetOrAdd(destination.Id, _ => ExternalIngress(destination));
    }

    /// <summary>The external address ranges a peer (by inventory index) may reach.</summary>
    public IReadOnlyList<(IpRange Range, ProtocolPortSet Ports)> ExternalEgress(int peerIndex)
    {
        var source = model.Sources[model.SourceOf[peerIndex]];
        return egressRanges.GetOrAdd(source.Id, _ => ExternalEgress(source));
    }

    /// <summary>
    /// Every peer-to-peer connection into the given peers (by inventory index): each destination
    /// class involved is scanned once, so the cost follows the answer, not the cluster.
    /// </summary>
    public IEnumerable<(int Source, int Destination, ProtocolPortSet Ports)> ConnectionsInto(IEnumerable<int> destinations)
    {
        foreach (var classConnections in ClassConnectionsInto(destinations))
        {
            var allowed = classConnections.Sources.ToList();
            if (classConnections.AllUnrestrictedSources)
            {
                allowed.AddRange(index.UnrestrictedSources.Select(s => (s, ProtocolPortSet.All)));
            }

            foreach (var destination in classConnections.Destinations)
            {
                foreach (var (source, ports) in allowed)
                {
                    foreach (var peer in model.Sources[source].Peers)
                    {
                        if (peer != destination)
                        {
                            yield return (peer, destination, ports);
                        }
                    }
                }
            }
        }
    }

    /// <summary>
    /// <see cref="ConnectionsInto"/> at class level, one entry per destination class involved
    /// (ascending class id), in the same order: consumers that can answer per class never pay per pair.
    /// </summary>
    public IEnumerable<ClassConnections> ClassConnectionsInto(IEnumerable<int> destinations)
    {
        var wanted = destinations as IReadOnlySet<int> ?? destinations.ToHashSet();
        var scanner = new DestinationScanner(index);
        foreach (var classId in wanted.Select(d => model.DestinationOf[d]).Distinct().Order())
        {
            var destinationClass = model.Destinations[classId];
            scanner.Scan(destinationClass);
            yield return new ClassConnections([.. destinationClass.Peers.Where(wanted.Contains)], [.. scanner.Allowed], scanner.AllUnrestrictedSources);
        }
    }

    /// <summary>The source classes not isolated for egress, ascending: see <see cref="ClassConnections.AllUnrestrictedSources"/>.</summary>
    public IReadOnlyList<int> UnrestrictedSourceClasses => index.UnrestrictedSources;

    /// <summary>The peers (inventory indexes, ascending) of a source class.</summary>
    public IReadOnlyList<int> SourcePeers(int sourceClass) => model.Sources[sourceClass].Peers;

    /// <summary>The source class of a peer (by inventory index).</summary>
    public int SourceClassOf(int peer) => model.SourceOf[peer];

    private long CountAllowedPairs()
    {
        long total = 0;
        Parallel.For(
            0,
            model.Destinations.Length,
            () => (Scanner: new DestinationScanner(index), Count: 0L),
            (d, _, local) => (local.Scanner, local.Count + CountInto(local.Scanner, model.Destinations[d])),
            local => Interlocked.Add(ref total, local.Count));
        return total;
    }

    private long CountInto(DestinationScanner scanner, DestinationClass destination)
    {
        scanner.Scan(destination);
        var sources = scanner.AllUnrestrictedSources ? index.UnrestrictedSourcePeers : 0L;
        foreach (var (source, _) in scanner.Allowed)
        {
            sources += model.Sources[source].Peers.Count;
        }

        var count = destination.Peers.Count * sources;
        foreach (var peerClass in index.PeerClassesByDestination[destination.Id])
        {
            // A peer never connects to itself: take back the pairs counted from a class to itself.
            var members = model.PeerClasses[peerClass];
            if (!scanner.AllowedFrom(members.Source).IsEmpty)
            {
                count -= members.Peers.Count;
            }
        }

        return count;
    }

    private IReadOnlyList<(IpRange Range, ProtocolPortSet Ports)> ExternalIngress(DestinationClass destination) =>
        destination.IngressTypes is null
            ? ExternalRanges.Build([(IpRangeSet.All, ProtocolPortSet.All)])
            : ExternalRanges.Build(destination.IngressTypes.Select(t => model.Registry.Types(PolicyType.Ingress)[t])
                .SelectMany(t => AddressesOf(t).Select(a => (a, t.PortsFor(destination.NamedPorts)))));

    private IReadOnlyList<(IpRange Range, ProtocolPortSet Ports)> ExternalEgress(SourceClass source) =>
        source.EgressTypes is null
            ? ExternalRanges.Build([(IpRangeSet.All, ProtocolPortSet.All)])
            : ExternalRanges.Build(source.EgressTypes.Select(t => model.Registry.Types(PolicyType.Egress)[t])
                .SelectMany(t => AddressesOf(t).Select(a => (a, t.ExternalPorts))));

    private IEnumerable<IpRangeSet> AddressesOf(RuleType type) => type.PeerIds.Select(id => model.Registry.Peers[id]).Select(peer => peer switch
    {
        AllPeersMatcher => IpRangeSet.All,
        IpBlockMatcher block => block.Addresses,
        _ => IpRangeSet.Empty,
    });
}
