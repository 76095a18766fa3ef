using ComplianceAuditor.Controls.Evaluation;
using ComplianceAuditor.Engine.Net;
using ComplianceAuditor.Engine.Peers;
using ComplianceAuditor.Engine.Policies;

namespace ComplianceAuditor.Controls.Checks;

/// <summary>
/// Runs an <see cref="EgressQuery"/>: intersects the external ranges each source peer may reach
/// (as the engine computes them) with the targets, keeps the offending parts, and makes one
/// finding per source namespace with the flows and the egress rules that allow each.
/// </summary>
internal static class EgressScan
{
    public static IReadOnlyList<Finding> Run(AuditContext context, EgressQuery query)
    {
        var findings = new FlowFindings();
        foreach (var index in query.Sources.Order())
        {
            var peer = context.Inventory.Peers[index];
            foreach (var (target, flow) in Flows(context, query, index, peer))
            {
                findings.Add(peer.Namespace, Endpoint.Of(peer), Endpoint.Of(target.First), flow);
            }
        }

        return findings.ToFindings(context, query.Namespaces, query.FailMessage, query.PassMessage);
    }

    private static IEnumerable<(IpRange Target, FlowEvidence Flow)> Flows(AuditContext context, EgressQuery query, int index, Peer peer)
    {
        foreach (var (range, ports) in context.Reachability.ExternalEgress(index))
        {
            var reached = IpRangeSet.Of(range).Intersect(query.Targets);
            foreach (var piece in reached.Except(query.AllowedAddresses).Ranges())
            {
                yield return (piece, new FlowEvidence(peer.DisplayName, piece.ToString(), ports));
            }

            var otherPorts = ports.Except(query.AllowedPorts);
            if (otherPorts.IsEmpty)
            {
                continue;
            }

            foreach (var piece in reached.Intersect(query.AllowedAddresses).Ranges())
            {
                yield return (piece, new FlowEvidence(peer.DisplayName, piece.ToString(), otherPorts));
            }
        }
    }
}
