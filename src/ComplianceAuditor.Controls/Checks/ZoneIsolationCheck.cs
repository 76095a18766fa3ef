using System.Collections.Immutable;
using ComplianceAuditor.Controls.Evaluation;
using ComplianceAuditor.Controls.Scope;
using ComplianceAuditor.Controls.Yaml;
using ComplianceAuditor.Engine.Net;
using ComplianceAuditor.Engine.Ports;
using YamlDotNet.RepresentationModel;

namespace ComplianceAuditor.Controls.Checks;

/// <summary>
/// <c>zone-isolation</c>: no flow from a <c>from</c> zone (workload or address) reaches a <c>to</c>
/// zone unless an <c>allow</c> entry covers its zones and ports. Traffic within the <c>to</c>
/// zones is not cross-zone and is not examined.
/// </summary>
internal sealed class ZoneIsolationCheck(ImmutableArray<string> from, ImmutableArray<string> to, ImmutableArray<ZoneIsolationCheck.Allowance> allow) : Check
{
    public override string Type => "zone-isolation";

    public override bool UsesReachability => true;

    public static Check? Parse(CheckParameters parameters)
    {
        parameters.Accept("from", "to", "allow");
        var allowances = new List<Allowance>();
        if (parameters.List("allow", required: false) is { } list)
        {
            for (var i = 0; i < list.Children.Count; i++)
            {
                if (ReadAllowance(parameters, list.Children[i], $"{parameters.Path}.allow[{i}]") is { } allowance)
                {
                    allowances.Add(allowance);
                }
            }
        }

        return new ZoneIsolationCheck(parameters.Zones("from", ZoneUse.Any), parameters.Zones("to", ZoneUse.Any), [.. allowances]);
    }

    public override IReadOnlyList<Finding> Evaluate(AuditContext context)
    {
        var zones = context.Zones;
        var destinations = zones.PeersIn(to);
        var namespaces = zones.NamespacesIn(to);
        if (namespaces.Count == 0)
        {
            return [Finding.NotApplicable($"no namespace is in {string.Join(", ", to)}")];
        }

        var sources = zones.PeersIn(from.Where(z => zones.Zone(z).Kind == ZoneKind.Workload));
        var toZones = to.Select(z => zones.PeersIn([z])).ToList();
        var allowed = allow.Select(a => (Allowance: a, Sources: Members(zones, a.From), Destinations: zones.PeersIn([a.To]))).ToList();
        var label = $"{string.Join(", ", from)} into {string.Join(", ", to)}";
        return FlowScan.Run(context, new FlowQuery
        {
            Destinations = destinations,
            Namespaces = namespaces,
            IsSource = sources.Contains,
            SourceAddresses = zones.AddressesIn(from),
            AddressCuts = [.. allowed.Select(a => a.Sources.Addresses).Where(a => !a.IsEmpty)],

            // Only traffic within one to zone is exempt: between two to zones it is cross-zone.
            OffendingFromPeer = (s, d, ports) => toZones.Any(z => z.Contains(s) && z.Contains(d))
                ? ProtocolPortSet.Empty
                : allowed.Where(a => a.Sources.Peers.Contains(s) && a.Destinations.Contains(d)).Aggregate(ports, (rest, a) => Minus(rest, a.Allowance.Ports)),
            OffendingFromAddress = (range, d, ports) => allowed.Where(a => Covers(a.Sources.Addresses, range) && a.Destinations.Contains(d))
                .Aggregate(ports, (rest, a) => Minus(rest, a.Allowance.Ports)),
            FailMessage = (ns, n) => $"{n} flow(s) from {label} reach namespace {ns} without an allowance",
            PassMessage = ns => $"no flow from {label} reaches namespace {ns} beyond the allowances",
        });
    }

    private static (IReadOnlySet<int> Peers, IpRangeSet Addresses) Members(ZoneMembership zones, string zone) =>
        zones.Zone(zone).Kind == ZoneKind.Address ? (new HashSet<int>(), zones.AddressesIn([zone])) : (zones.PeersIn([zone]), IpRangeSet.Empty);

    private static bool Covers(IpRangeSet zone, IpRange range) => IpRangeSet.Of(range).Except(zone).IsEmpty;

    private static ProtocolPortSet Minus(ProtocolPortSet ports, ProtocolPortSet allowed) =>
        ports.Except(allowed);

    private static Allowance? ReadAllowance(CheckParameters parameters, YamlNode node, string path)
    {
        var reader = parameters.Reader;
        if (node is not YamlMappingNode map)
        {
            parameters.Fail(node, path, "expected {from, to, ports}");
            return null;
        }

        reader.Known(map, path, "from", "to", "ports");
        var fromZone = parameters.Zone(map, "from", path, ZoneUse.Any);
        var toZone = parameters.Zone(map, "to", path, ZoneUse.Any);
        var ports = YamlReader.Get(map, "ports") is { } portsNode ? parameters.PortsOf(portsNode, $"{path}.ports") : ProtocolPortSet.All;
        return fromZone is null || toZone is null ? null : new Allowance(fromZone, toZone, ports);
    }

    /// <summary>One allowed cross-zone flow: these zones, these ports.</summary>
    internal sealed record Allowance(string From, string To, ProtocolPortSet Ports);
}
