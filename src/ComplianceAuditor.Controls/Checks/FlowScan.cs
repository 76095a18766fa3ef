using ComplianceAuditor.Controls.Evaluation;
using ComplianceAuditor.Engine.Net;
using ComplianceAuditor.Engine.Policies;
using ComplianceAuditor.Engine.Ports;

namespace ComplianceAuditor.Controls.Checks;

/// <summary>
/// Runs a <see cref="FlowQuery"/>: asks the engine for the flows into the destinations (peer
/// sources and external address ranges), keeps the offending ones, and makes one finding per
/// destination namespace with the flows as evidence and the policy rules that allow each.
/// Peer flows are counted per class of identical peers (<see cref="PeerFlowScan"/>); only the
/// flows a finding keeps are built one by one.
/// </summary>
internal static class FlowScan
{
    /// <summary>Offending flows kept per finding; beyond this only the count grows (waivers then cannot clear the finding).</summary>
    public const int RetainedFlows = FlowFindings.RetainedFlows;

    public static IReadOnlyList<Finding> Run(AuditContext context, FlowQuery query)
    {
        var findings = new FlowFindings();
        var peers = new PeerFlowScan(context, query, findings);
        foreach (var connections in context.Reachability.ClassConnectionsInto(query.Destinations))
        {
            peers.Add(connections);
        }

        AddAddressFlows(context, query, findings);
        return findings.ToFindings(context, query.Namespaces, query.FailMessage, query.PassMessage);
    }

    private static void AddAddressFlows(AuditContext context, FlowQuery query, FlowFindings findings)
    {
        if (query.SourceAddresses.IsEmpty)
        {
            return;
        }

        // The engine shares one range list per destination class, and the query sees a destination
        // only through its zones: cut each list once per zone signature, not once per peer.
        var cuts = new Dictionary<(IReadOnlyList<(IpRange, ProtocolPortSet)>, int), List<(IpRange Piece, string Text, ProtocolPortSet Bad)>>();
        foreach (var destination in query.Destinations.Order())
        {
            var ranges = context.Reachability.ExternalIngress(destination);
            var key = (ranges, context.Zones.SignatureOf(destination));
            if (!cuts.TryGetValue(key, out var offending))
            {
                cuts[key] = offending = Offending(query, destination, ranges);
            }

            if (offending.Count == 0)
            {
                continue;
            }

            var peer = context.Inventory.Peers[destination];
            findings.Count(peer.Namespace, offending.Count);
            var kept = findings.KeptFor(peer.Namespace);
            foreach (var (piece, text, bad) in offending.TakeWhile(_ => !kept.IsFull))
            {
                var shown = kept.IsShown;
                kept.Add(shown ? Endpoint.Of(piece.First) : null, shown ? Endpoint.Of(peer) : null, new FlowEvidence(text, peer.DisplayName, bad));
            }
        }
    }

    private static List<(IpRange Piece, string Text, ProtocolPortSet Bad)> Offending(FlowQuery query, int destination, IReadOnlyList<(IpRange Range, ProtocolPortSet Ports)> ranges)
    {
        var result = new List<(IpRange, string, ProtocolPortSet)>();
        foreach (var (range, ports) in ranges)
        {
            foreach (var (piece, bad) in Cut(query, IpRangeSet.Of(range).Intersect(query.SourceAddresses), destination, ports))
            {
                result.Add((piece, piece.ToString(), bad));
            }
        }

        return result;
    }

    /// <summary>
    /// The offending parts of the addresses reaching a destination, judged per part the cuts make,
    /// then merged again where neighbouring parts offend on the same ports; in address order.
    /// </summary>
    private static IEnumerable<(IpRange Piece, ProtocolPortSet Bad)> Cut(FlowQuery query, IpRangeSet reached, int destination, ProtocolPortSet ports)
    {
        IEnumerable<IpRangeSet> parts = [reached];
        foreach (var cut in query.AddressCuts)
        {
            parts = [.. parts.SelectMany(p => new[] { p.Intersect(cut), p.Except(cut) }).Where(p => !p.IsEmpty)];
        }

        return parts.SelectMany(p => p.Ranges())
            .Select(piece => (Piece: piece, Bad: query.OffendingFromAddress(piece, destination, ports)))
            .Where(p => !p.Bad.IsEmpty)
            .GroupBy(p => p.Bad)
            .SelectMany(g => g.Aggregate(IpRangeSet.Empty, (set, p) => set.Union(IpRangeSet.Of(p.Piece))).Ranges().Select(piece => (piece, g.Key)))
            .OrderBy(p => p.piece.Family).ThenBy(p => p.piece.First.Value);
    }
}
