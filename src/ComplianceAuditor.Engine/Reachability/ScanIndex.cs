using ComplianceAuditor.Engine.Model;

namespace ComplianceAuditor.Engine.Reachability;

/// <summary>Inverted indexes from rule peers and rule types to the source classes they concern, built once.</summary>
internal sealed class ScanIndex
{
    public ScanIndex(ClassModel model)
    {
        Model = model;
        var peerCount = model.Registry.Peers.Count;
        var egressTypes = model.Registry.Types(PolicyType.Egress);
        SourcesByIngressPeer = Invert(peerCount, model.Sources.Select(s => (s.Id, (IEnumerable<int>)s.MatchedIngressPeers)));
        SourcesByEgressType = Invert(egressTypes.Count, model.Sources.Select(s => (s.Id, (IEnumerable<int>)(s.EgressTypes ?? []))));
        EgressTypesByPeer = Invert(peerCount, egressTypes.Select(t => (t.Id, (IEnumerable<int>)t.PeerIds)));
        UnrestrictedSources = [.. model.Sources.Where(s => s.EgressTypes is null).Select(s => s.Id)];
        UnrestrictedSourcePeers = UnrestrictedSources.Sum(s => (long)model.Sources[s].Peers.Count);
        PeerClassesByDestination = Invert(model.Destinations.Length, model.PeerClasses.Select((c, i) => (i, (IEnumerable<int>)[c.Destination])));
    }

    public ClassModel Model { get; }

    public int[][] SourcesByIngressPeer { get; }

    public int[][] SourcesByEgressType { get; }

    public int[][] EgressTypesByPeer { get; }

    public int[] UnrestrictedSources { get; }

    public long UnrestrictedSourcePeers { get; }

    public int[][] PeerClassesByDestination { get; }

    /// <summary>For each key, the items listing it, ascending.</summary>
    private static int[][] Invert(int keyCount, IEnumerable<(int Item, IEnumerable<int> Keys)> items)
    {
        var lists = new List<int>[keyCount];
        foreach (var (item, keys) in items)
        {
            foreach (var key in keys)
            {
                (lists[key] ??= []).Add(item);
            }
        }

        return [.. lists.Select(l => l is null ? [] : l.ToArray())];
    }
}
