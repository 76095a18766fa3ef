using ComplianceAuditor.Controls.Evaluation;
using ComplianceAuditor.Engine.Net;
using ComplianceAuditor.Engine.Policies;

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
                foreach (var piece in IpRangeSet.Of(range).Intersect(query.SourceAddresses).Ranges())
                {
                    var bad = query.OffendingFromAddress(piece, destination, ports);
                    if (!bad.IsEmpty)
                    {
                        yield return (Endpoint.Of(piece.First), destination, new FlowEvidence(piece.ToString(), context.Inventory.Peers[destination].DisplayName, bad));
                    }
                }
            }
        }
    }
}
