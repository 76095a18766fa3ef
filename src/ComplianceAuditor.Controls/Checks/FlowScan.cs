using ComplianceAuditor.Controls.Evaluation;
using ComplianceAuditor.Engine.Net;
using ComplianceAuditor.Engine.Policies;
using ComplianceAuditor.Engine.Ports;

namespace ComplianceAuditor.Controls.Checks;

/// <summary>
/// Runs a <see cref="FlowQuery"/>: asks the engine for the flows into the destinations (peer
/// sources and external address ranges), keeps the offending ones, and makes one finding per
/// destination namespace with the flows as evidence and the policy rules that allow each.
/// </summary>
internal static class FlowScan
{
    /// <summary>Offending flows kept per finding; beyond this only the count grows (waivers then cannot clear the finding).</summary>
    public const int RetainedFlows = FlowFindings.RetainedFlows;

    public static IReadOnlyList<Finding> Run(AuditContext context, FlowQuery query)
    {
        var findings = new FlowFindings();
        foreach (var (source, destination, flow) in PeerFlows(context, query).Concat(AddressFlows(context, query)))
        {
            var peer = context.Inventory.Peers[destination];
            findings.Add(peer.Namespace, source, Endpoint.Of(peer), flow);
        }

        return findings.ToFindings(context, query.Namespaces, query.FailMessage, query.PassMessage);
    }

    private static IEnumerable<(Endpoint, int, FlowEvidence)> PeerFlows(AuditContext context, FlowQuery query)
    {
        var peers = context.Inventory.Peers;
        foreach (var (source, destination, ports) in context.Reachability.ConnectionsInto(query.Destinations))
        {
            if (!query.IsSource(source))
            {
                continue;
            }

            var bad = query.OffendingFromPeer(source, destination, ports);
            if (!bad.IsEmpty)
            {
                yield return (Endpoint.Of(peers[source]), destination, new FlowEvidence(peers[source].DisplayName, peers[destination].DisplayName, bad));
            }
        }
    }

    private static IEnumerable<(Endpoint, int, FlowEvidence)> AddressFlows(AuditContext context, FlowQuery query)
    {
        if (query.SourceAddresses.IsEmpty)
        {
            yield break;
        }

        foreach (var destination in query.Destinations.Order())
        {
            foreach (var (range, ports) in context.Reachability.ExternalIngress(destination))
            {
                foreach (var (piece, bad) in Offending(query, IpRangeSet.Of(range).Intersect(query.SourceAddresses), destination, ports))
                {
                    yield return (Endpoint.Of(piece.First), destination, new FlowEvidence(piece.ToString(), context.Inventory.Peers[destination].DisplayName, bad));
                }
            }
        }
    }

    /// <summary>
    /// The offending parts of the addresses reaching a destination, judged per part the cuts make,
    /// then merged again where neighbouring parts offend on the same ports; in address order.
    /// </summary>
    private static IEnumerable<(IpRange Piece, ProtocolPortSet Bad)> Offending(FlowQuery query, IpRangeSet reached, int destination, ProtocolPortSet ports)
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
