using System.Collections.Immutable;
using ComplianceAuditor.Controls.Evaluation;
using ComplianceAuditor.Engine.Net;
using ComplianceAuditor.Engine.Ports;

namespace ComplianceAuditor.Controls.Checks;

/// <summary>
/// <c>insecure-ports</c>: no pod of the zones may be reached on a cleartext or legacy protocol's
/// port (see <see cref="DefaultPorts"/>), from the <c>from</c> zones or, by default, from every
/// peer and every address.
/// </summary>
internal sealed class InsecurePortsCheck(ImmutableArray<string> zones, ProtocolPortSet ports, ImmutableArray<string>? from) : Check
{
    /// <summary>controls/README.md's list: TCP unless the protocol runs over UDP (TFTP, SNMP).</summary>
    public static readonly ProtocolPortSet DefaultPorts = ProtocolPortSet.Of(Protocol.TCP, PortSet.FromRanges(
        [
            (21, 21), (23, 23), (25, 25), (80, 80), (110, 110), (111, 111), (135, 135), (139, 139), (143, 143), (389, 389),
            (445, 445), (512, 514), (873, 873), (1433, 1433), (2049, 2049), (3306, 3306), (3389, 3389), (5432, 5432),
            (5900, 5900), (6379, 6379), (9200, 9200), (11211, 11211), (27017, 27017),
        ])).Union(ProtocolPortSet.Of(Protocol.UDP, PortSet.FromRanges([(69, 69), (161, 162)])));

    public override string Type => "insecure-ports";

    public override bool UsesReachability => true;

    public static Check? Parse(CheckParameters parameters)
    {
        parameters.Accept("zones", "ports", "from");
        parameters.RejectEmpty("ports");
        ImmutableArray<string>? from = parameters.Zones("from", ZoneUse.Any, required: false) is { IsEmpty: false } zones ? zones : null;
        return new InsecurePortsCheck(parameters.Zones("zones", ZoneUse.Workload), parameters.Ports("ports", DefaultPorts), from);
    }

    public override IReadOnlyList<Finding> Evaluate(AuditContext context)
    {
        var namespaces = context.Zones.NamespacesIn(zones);
        if (namespaces.Count == 0)
        {
            return [CheckFindings.NoMembers(zones)];
        }

        var sources = from is { } named ? context.Zones.PeersIn(named) : null;
        var label = from is { } list ? CheckFindings.List(list) : "any peer or address";
        return FlowScan.Run(context, new FlowQuery
        {
            Destinations = context.Zones.PeersIn(zones),
            Namespaces = namespaces,
            IsSource = s => sources?.Contains(s) ?? true,
            SourceAddresses = from is { } addressZones ? context.Zones.AddressesIn(addressZones) : IpRangeSet.All,
            OffendingFromPeer = (_, _, allowed) => allowed.Intersect(ports),
            OffendingFromAddress = (_, _, allowed) => allowed.Intersect(ports),
            FailMessage = (ns, n) => $"{n} flow(s) from {label} reach namespace {ns} on insecure ports",
            PassMessage = ns => $"no flow from {label} reaches namespace {ns} on an insecure port",
        });
    }
}
