using System.Collections.Immutable;
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
    public const int RetainedFlows = 10_000;

    public static IReadOnlyList<Finding> Run(AuditContext context, FlowQuery query)
    {
        var offending = new Dictionary<string, List<(Endpoint Source, int Destination, FlowEvidence Flow)>>(StringComparer.Ordinal);
        var totals = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (source, destination, flow) in PeerFlows(context, query).Concat(AddressFlows(context, query)))
        {
            var ns = context.Inventory.Peers[destination].Namespace;
            totals[ns] = totals.GetValueOrDefault(ns) + 1;
            var list = offending.TryGetValue(ns, out var existing) ? existing : offending[ns] = [];
            if (list.Count < RetainedFlows)
            {
                list.Add((source, destination, flow));
            }
        }

        return [.. query.Namespaces.Select(ns => offending.TryGetValue(ns, out var flows)
            ? Fail(context, query, ns, flows, totals[ns])
            : new Finding { Status = FindingStatus.Pass, Subject = $"namespace {ns}", Namespace = ns, Message = query.PassMessage(ns) })];
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

    private static Finding Fail(AuditContext context, FlowQuery query, string ns, List<(Endpoint Source, int Destination, FlowEvidence Flow)> flows, int total)
    {
        // Reasons cost an evaluation each: give them to the flows a reader will see.
        var evidence = flows.Select((f, i) => i < Evidence.ShownItems
            ? f.Flow with { AllowedBy = context.AllowedBy(f.Source, Endpoint.Of(context.Inventory.Peers[f.Destination]), f.Flow.Ports) }
            : f.Flow);
        return new Finding
        {
            Status = FindingStatus.Fail,
            Subject = $"namespace {ns}",
            Namespace = ns,
            Message = query.FailMessage(ns, total),
            Evidence = new Evidence { Flows = [.. evidence], Total = total },
        };
    }
}
