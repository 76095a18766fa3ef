using ComplianceAuditor.Controls.Evaluation;
using ComplianceAuditor.Engine.Policies;
using ComplianceAuditor.Engine.Ports;
using ComplianceAuditor.Engine.Reachability;

namespace ComplianceAuditor.Controls.Checks;

/// <summary>
/// The peer-to-peer part of a <see cref="FlowScan"/>, per class: a query sees peers only through
/// their zones (see <see cref="FlowQuery"/>), so its verdicts are asked once per zone signature and
/// ports, and a destination's offending flows are counted from class sizes. Flows are built one by
/// one only while the destination's namespace still keeps flows, in the order of
/// <see cref="ReachabilityAnalysis.ConnectionsInto"/>.
/// </summary>
internal sealed class PeerFlowScan(AuditContext context, FlowQuery query, FlowFindings findings)
{
    private readonly Dictionary<int, bool> isSource = [];
    private readonly Dictionary<(int Source, int Destination, ProtocolPortSet Ports), ProtocolPortSet> offending = [];
    private readonly Dictionary<int, (int Signature, int Count, int Peer)[]> partitions = [];
    private readonly Dictionary<int, Side> unrestricted = [];
    private readonly List<(int Signature, ProtocolPortSet Bad)> verdicts = [];

    public void Add(ClassConnections connections)
    {
        var sides = new Dictionary<int, Side>();
        var peers = context.Inventory.Peers;
        foreach (var destination in connections.Destinations)
        {
            var signature = context.Zones.SignatureOf(destination);
            if (!sides.TryGetValue(signature, out var side))
            {
                sides[signature] = side = Restricted(connections, destination);
            }

            var open = connections.AllUnrestrictedSources ? Unrestricted(destination) : Side.None;
            var count = side.Count + open.Count - (IsSelfFlow(destination, side, open) ? 1 : 0);
            if (count == 0)
            {
                continue;
            }

            var ns = peers[destination].Namespace;
            findings.Count(ns, checked((int)count));
            var kept = findings.KeptFor(ns);
            if (!kept.IsFull)
            {
                Retain(destination, kept, side.Sources.Concat(open.Sources));
            }
        }
    }

    /// <summary>The restricted source classes of the connections that offend towards this destination's zones.</summary>
    private Side Restricted(ClassConnections connections, int destination)
    {
        var side = new Side();
        foreach (var (source, ports) in connections.Sources)
        {
            AddIfOffending(side, source, ports, destination);
        }

        return side;
    }

    /// <summary>The unrestricted source classes that offend towards a destination's zones; the same for every class that lets them in.</summary>
    private Side Unrestricted(int destination)
    {
        var signature = context.Zones.SignatureOf(destination);
        if (!unrestricted.TryGetValue(signature, out var side))
        {
            unrestricted[signature] = side = new Side();
            foreach (var source in context.Reachability.UnrestrictedSourceClasses)
            {
                AddIfOffending(side, source, ProtocolPortSet.All, destination);
            }
        }

        return side;
    }

    private void AddIfOffending(Side side, int source, ProtocolPortSet ports, int destination)
    {
        var any = false;
        foreach (var (_, count, peer) in Partition(source))
        {
            if (IsSource(peer) && !Offending(peer, destination, ports).IsEmpty)
            {
                side.Count += count;
                any = true;
            }
        }

        if (any)
        {
            side.Sources.Add((source, ports));
            side.PortsOf[source] = ports;
        }
    }

    /// <summary>Whether the counts include the destination's pair with itself, which is no flow.</summary>
    private bool IsSelfFlow(int destination, Side restricted, Side open)
    {
        var source = context.Reachability.SourceClassOf(destination);
        var ports = restricted.PortsOf.GetValueOrDefault(source) ?? open.PortsOf.GetValueOrDefault(source);
        return ports is not null && IsSource(destination) && !Offending(destination, destination, ports).IsEmpty;
    }

    private void Retain(int destination, FlowFindings.Kept kept, IEnumerable<(int Source, ProtocolPortSet Ports)> sources)
    {
        var peers = context.Inventory.Peers;
        var to = peers[destination];
        foreach (var (sourceClass, ports) in sources)
        {
            // Once per class, not per peer: what each zone signature of the class offends on.
            verdicts.Clear();
            foreach (var (signature, _, peer) in Partition(sourceClass))
            {
                verdicts.Add((signature, IsSource(peer) ? Offending(peer, destination, ports) : ProtocolPortSet.Empty));
            }

            foreach (var source in context.Reachability.SourcePeers(sourceClass))
            {
                var bad = verdicts.Count == 1 ? verdicts[0].Bad : BadFor(context.Zones.SignatureOf(source));
                if (source == destination || bad.IsEmpty)
                {
                    continue;
                }

                var from = peers[source];
                var shown = kept.IsShown;
                kept.Add(shown ? Endpoint.Of(from) : null, shown ? Endpoint.Of(to) : null, new FlowEvidence(from.DisplayName, to.DisplayName, bad));
                if (kept.IsFull)
                {
                    return;
                }
            }
        }
    }

    private ProtocolPortSet BadFor(int signature)
    {
        foreach (var (candidate, bad) in verdicts)
        {
            if (candidate == signature)
            {
                return bad;
            }
        }

        throw new InvalidOperationException($"zone signature {signature} is not in its class's partition");
    }

    private bool IsSource(int peer)
    {
        var signature = context.Zones.SignatureOf(peer);
        if (!isSource.TryGetValue(signature, out var answer))
        {
            isSource[signature] = answer = query.IsSource(peer);
        }

        return answer;
    }

    private ProtocolPortSet Offending(int source, int destination, ProtocolPortSet ports)
    {
        var key = (context.Zones.SignatureOf(source), context.Zones.SignatureOf(destination), ports);
        if (!offending.TryGetValue(key, out var answer))
        {
            offending[key] = answer = query.OffendingFromPeer(source, destination, ports);
        }

        return answer;
    }

    /// <summary>A source class's peers by zone signature: how many, and one to ask the query about.</summary>
    private (int Signature, int Count, int Peer)[] Partition(int sourceClass)
    {
        if (!partitions.TryGetValue(sourceClass, out var partition))
        {
            partitions[sourceClass] = partition = [.. context.Reachability.SourcePeers(sourceClass)
                .GroupBy(context.Zones.SignatureOf)
                .Select(g => (g.Key, g.Count(), g.First()))];
        }

        return partition;
    }

    /// <summary>The offending source classes of one side (restricted or unrestricted) towards one zone signature.</summary>
    private sealed class Side
    {
        public static readonly Side None = new();

        public long Count { get; set; }

        public List<(int Source, ProtocolPortSet Ports)> Sources { get; } = [];

        public Dictionary<int, ProtocolPortSet> PortsOf { get; } = [];
    }
}
