using ComplianceAuditor.Controls.Evaluation;
using ComplianceAuditor.Engine.Net;
using ComplianceAuditor.Engine.Policies;
using ComplianceAuditor.Engine.Ports;

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

        // The engine shares one range list per source class: cut each list once, not once per peer.
        var cuts = new Dictionary<IReadOnlyList<(IpRange, ProtocolPortSet)>, List<(IpRange Target, string Text, ProtocolPortSet Ports)>>(ReferenceEqualityComparer.Instance);
        foreach (var index in query.Sources.Order())
        {
            var ranges = context.Reachability.ExternalEgress(index);
            if (!cuts.TryGetValue(ranges, out var offending))
            {
                cuts[ranges] = offending = [.. Offending(query, ranges)];
            }

            if (offending.Count == 0)
            {
                continue;
            }

            var peer = context.Inventory.Peers[index];
            findings.Count(peer.Namespace, offending.Count);
            var kept = findings.KeptFor(peer.Namespace);
            foreach (var (target, text, ports) in offending.TakeWhile(_ => !kept.IsFull))
            {
                var shown = kept.IsShown;
                kept.Add(shown ? Endpoint.Of(peer) : null, shown ? Endpoint.Of(target.First) : null, new FlowEvidence(peer.DisplayName, text, ports));
            }
        }

        return findings.ToFindings(context, query.Namespaces, query.FailMessage, query.PassMessage);
    }

    private static IEnumerable<(IpRange Target, string Text, ProtocolPortSet Ports)> Offending(EgressQuery query, IReadOnlyList<(IpRange Range, ProtocolPortSet Ports)> ranges)
    {
        foreach (var (range, ports) in ranges)
        {
            var reached = IpRangeSet.Of(range).Intersect(query.Targets);
            foreach (var piece in reached.Except(query.AllowedAddresses).Ranges())
            {
                yield return (piece, piece.ToString(), ports);
            }

            var otherPorts = ports.Except(query.AllowedPorts);
            if (otherPorts.IsEmpty)
            {
                continue;
            }

            foreach (var piece in reached.Intersect(query.AllowedAddresses).Ranges())
            {
                yield return (piece, piece.ToString(), otherPorts);
            }
        }
    }
}
