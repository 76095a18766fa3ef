using ComplianceAuditor.Engine.Ports;

namespace ComplianceAuditor.Engine.Reachability;

/// <summary>
/// Yields every connection in the contract's order (source, then destination, ordinal) without
/// holding them all: class-level answers are kept, and each source's destinations are expanded
/// and sorted only when that source's turn comes. Peers are already sorted by name, so a peer's
/// index is its rank; address ranges are merged in by string comparison.
/// </summary>
internal sealed class ConnectionStream(ReachabilityAnalysis analysis, ClassModel model, ScanIndex index)
{
    private int cachedSource = -1;
    private List<(int Peer, ProtocolPortSet Ports)> cachedPeers = [];
    private readonly Dictionary<int, List<(string Name, ProtocolPortSet Ports)>> rangesBySource = [];

    public IEnumerable<Connection> Sorted()
    {
        var bySource = DestinationsBySource();
        var rangeSources = RangeSources();
        var peers = analysis.Inventory.Peers;
        var rangeNames = rangeSources.Keys.Order(StringComparer.Ordinal).ToList();
        int p = 0, r = 0;
        while (p < peers.Length || r < rangeNames.Count)
        {
            if (r >= rangeNames.Count || (p < peers.Length && string.CompareOrdinal(peers[p].DisplayName, rangeNames[r]) < 0))
            {
                foreach (var connection in FromPeer(p++, bySource))
                {
                    yield return connection;
                }
            }
            else
            {
                var range = rangeNames[r++];
                foreach (var (peer, ports) in rangeSources[range].OrderBy(t => t.Peer))
                {
                    yield return new Connection(range, peers[peer].DisplayName, ports);
                }
            }
        }
    }

    private IEnumerable<Connection> FromPeer(int source, List<(int Destination, ProtocolPortSet Ports)>[] bySource)
    {
        var sourceClass = model.SourceOf[source];
        var name = analysis.Inventory.Peers[source].DisplayName;
        var toPeers = PeersReachedBy(sourceClass, bySource);
        if (!rangesBySource.TryGetValue(sourceClass, out var toRanges))
        {
            toRanges = [.. analysis.ExternalEgress(source).Select(e => (e.Range.ToString(), e.Ports)).OrderBy(e => e.Item1, StringComparer.Ordinal)];
            rangesBySource.Add(sourceClass, toRanges);
        }

        int p = 0, r = 0;
        while (p < toPeers.Count || r < toRanges.Count)
        {
            var peerName = p < toPeers.Count ? analysis.Inventory.Peers[toPeers[p].Peer].DisplayName : null;
            if (peerName is not null && (r >= toRanges.Count || string.CompareOrdinal(peerName, toRanges[r].Name) < 0))
            {
                if (toPeers[p].Peer != source)
                {
                    yield return new Connection(name, peerName, toPeers[p].Ports);
                }

                p++;
            }
            else
            {
                yield return new Connection(name, toRanges[r].Name, toRanges[r].Ports);
                r++;
            }
        }
    }

    /// <summary>The peers a source class reaches, sorted; the last one is kept, as replicas sit side by side in name order.</summary>
    private List<(int Peer, ProtocolPortSet Ports)> PeersReachedBy(int sourceClass, List<(int Destination, ProtocolPortSet Ports)>[] bySource)
    {
        if (sourceClass != cachedSource)
        {
            cachedPeers = [.. (bySource[sourceClass] ?? [])
                .SelectMany(d => model.Destinations[d.Destination].Peers.Select(peer => (peer, d.Ports)))
                .OrderBy(t => t.peer)];
            cachedSource = sourceClass;
        }

        return cachedPeers;
    }

    private List<(int Destination, ProtocolPortSet Ports)>[] DestinationsBySource()
    {
        var bySource = new List<(int, ProtocolPortSet)>[model.Sources.Length];
        var scanner = new DestinationScanner(index);
        foreach (var destination in model.Destinations)
        {
            scanner.Scan(destination);
            foreach (var (source, ports) in scanner.Allowed)
            {
                (bySource[source] ??= []).Add((destination.Id, ports));
            }

            if (scanner.AllUnrestrictedSources)
            {
                foreach (var source in index.UnrestrictedSources)
                {
                    (bySource[source] ??= []).Add((destination.Id, ProtocolPortSet.All));
                }
            }
        }

        return bySource;
    }

    /// <summary>For each external range that reaches some peer, the peers it reaches and on which ports.</summary>
    private Dictionary<string, List<(int Peer, ProtocolPortSet Ports)>> RangeSources()
    {
        var result = new Dictionary<string, List<(int, ProtocolPortSet)>>(StringComparer.Ordinal);
        foreach (var destination in model.Destinations)
        {
            if (destination.Peers.Count == 0)
            {
                continue;
            }

            foreach (var (range, ports) in analysis.ExternalIngress(destination.Peers[0]))
            {
                var list = result.TryGetValue(range.ToString(), out var existing) ? existing : result[range.ToString()] = [];
                list.AddRange(destination.Peers.Select(peer => (peer, ports)));
            }
        }

        return result;
    }
}
