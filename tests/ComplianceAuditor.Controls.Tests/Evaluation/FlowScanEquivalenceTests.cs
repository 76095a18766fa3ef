using ComplianceAuditor.Controls.Checks;
using ComplianceAuditor.Controls.Evaluation;
using ComplianceAuditor.Controls.Scope;
using ComplianceAuditor.Engine.Labels;
using ComplianceAuditor.Engine.Ports;
using ComplianceAuditor.TestSupport.Synthetic;

namespace ComplianceAuditor.Controls.Tests.Evaluation;

/// <summary>
/// FlowScan counts flows per class and zone signature; here it is held against the plain reading of
/// a flow query, one peer pair at a time, on a generated cluster whose zones cut across classes.
/// </summary>
public class FlowScanEquivalenceTests
{
    private static readonly string[] ZoneNames = ["cde", "connected", "out-of-scope"];

    private static readonly AuditContext Context = BuildContext();

    public static TheoryData<string> Queries => ["isolation", "insecure", "stores"];

    [Theory]
    [MemberData(nameof(Queries))]
    public void Counts_and_kept_flows_match_a_pair_by_pair_scan(string name)
    {
        var query = Query(name);

        var findings = FlowScan.Run(Context, query);
        var expected = PairByPair(query);

        Assert.Equal(query.Namespaces, findings.Select(f => f.Namespace));
        Assert.Contains(findings, f => f.Status == FindingStatus.Fail);
        foreach (var finding in findings)
        {
            var flows = expected.GetValueOrDefault(finding.Namespace!, []);
            Assert.Equal(flows.Count, finding.Evidence.Total);
            Assert.Equal(flows.Count == 0 ? FindingStatus.Pass : FindingStatus.Fail, finding.Status);
            Assert.Equal(flows.Take(FlowScan.RetainedFlows), finding.Evidence.Flows.Select(f => (f.Source, f.Destination, f.Ports.ToString())));
        }
    }

    /// <summary>The query read literally: every allowed pair into the destinations, then every external range, in order.</summary>
    private static Dictionary<string, List<(string, string, string)>> PairByPair(FlowQuery query)
    {
        var peers = Context.Inventory.Peers;
        var flows = new Dictionary<string, List<(string, string, string)>>(StringComparer.Ordinal);
        void Add(string ns, string source, string destination, ProtocolPortSet bad)
        {
            if (!bad.IsEmpty)
            {
                (flows.TryGetValue(ns, out var list) ? list : flows[ns] = []).Add((source, destination, bad.ToString()));
            }
        }

        foreach (var (source, destination, ports) in Context.Reachability.ConnectionsInto(query.Destinations))
        {
            if (query.IsSource(source))
            {
                Add(peers[destination].Namespace, peers[source].DisplayName, peers[destination].DisplayName, query.OffendingFromPeer(source, destination, ports));
            }
        }

        foreach (var destination in query.Destinations.Order())
        {
            foreach (var (range, ports) in Context.Reachability.ExternalIngress(destination))
            {
                foreach (var piece in Engine.Net.IpRangeSet.Of(range).Intersect(query.SourceAddresses).Ranges())
                {
                    Add(peers[destination].Namespace, piece.ToString(), peers[destination].DisplayName, query.OffendingFromAddress(piece, destination, ports));
                }
            }
        }

        return flows;
    }

    private static FlowQuery Query(string name)
    {
        var zones = Context.Zones;
        var web = Tcp((8080, 8080));
        return name switch
        {
            // Into connected and out-of-scope from cde, dmz-like allowance: cde's frontends may use 8080.
            "isolation" => Base(zones.PeersIn(["connected", "out-of-scope"]), zones.NamespacesIn(["connected", "out-of-scope"])) with
            {
                IsSource = s => zones.PeersIn(["cde", "db"]).Contains(s) && !zones.PeersIn(["connected", "out-of-scope"]).Contains(s),
                OffendingFromPeer = (s, _, ports) => zones.PeersIn(["frontends"]).Contains(s) ? ports.Except(web) : ports,
            },

            // Every peer and address into cde, on a few ports.
            "insecure" => Base(zones.PeersIn(["cde"]), zones.NamespacesIn(["cde"])) with
            {
                IsSource = _ => true,
                SourceAddresses = Engine.Net.IpRangeSet.All,
                OffendingFromPeer = (_, _, ports) => ports.Intersect(Tcp((5432, 5432), (6379, 6379), (8080, 8080))),
                OffendingFromAddress = (_, _, ports) => ports.Intersect(web),
            },

            // Out-of-scope peers into the database pods of any namespace: a zone by pod labels.
            _ => Base(zones.PeersIn(["db"]), zones.NamespacesIn(["db"])) with { IsSource = zones.PeersIn(["out-of-scope"]).Contains },
        };
    }

    private static ProtocolPortSet Tcp(params (int Start, int End)[] ranges) => ProtocolPortSet.Of(Protocol.TCP, PortSet.FromRanges(ranges));

    private static FlowQuery Base(IReadOnlySet<int> destinations, IReadOnlyList<string> namespaces) => new()
    {
        Destinations = destinations,
        Namespaces = namespaces,
        FailMessage = (ns, n) => $"{n} in {ns}",
        PassMessage = ns => ns,
    };

    private static AuditContext BuildContext()
    {
        var snapshot = SyntheticClusterGenerator.Generate(SyntheticClusterOptions.Scaled(3_000, seed: 7));

        // Namespaces take turns through the zones (and every fourth none); pod-selected zones then cut classes apart.
        var namespaces = snapshot.Namespaces.Select((ns, i) => i % 4 == 3
            ? ns
            : ns with { Metadata = ns.Metadata with { Labels = ns.Metadata.Labels.With(ScopeDefinition.ZoneLabel, ZoneNames[i % 4]) } });
        var scope = new ScopeDefinition(
            [
                .. ZoneNames.Select(z => new Zone { Name = z, Namespaces = LabelSelector.MatchingLabels((ScopeDefinition.ZoneLabel, z)) }),
                new Zone { Name = "db", Pods = LabelSelector.MatchingLabels(("tier", "db")) },
                new Zone { Name = "frontends", Namespaces = LabelSelector.MatchingLabels((ScopeDefinition.ZoneLabel, "cde")), Pods = LabelSelector.MatchingLabels(("tier", "frontend")) },
            ],
            "test");
        return new AuditContext(snapshot with { Namespaces = [.. namespaces] }, scope, Clusters.AuditTime);
    }
}
