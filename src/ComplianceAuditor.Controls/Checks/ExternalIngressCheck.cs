using System.Collections.Immutable;
using ComplianceAuditor.Controls.Evaluation;
using ComplianceAuditor.Controls.Yaml;
using ComplianceAuditor.Engine.Ports;
using YamlDotNet.RepresentationModel;

namespace ComplianceAuditor.Controls.Checks;

/// <summary>
/// <c>external-ingress</c>: addresses of the <c>from</c> address zones reach pods of the <c>to</c>
/// zones only through entry points: a pod of an entry-point zone, on a port that entry point
/// lists (every port when it lists none). Any other external flow in is a finding.
/// </summary>
internal sealed class ExternalIngressCheck(ImmutableArray<string> to, ImmutableArray<string> from, ImmutableArray<ExternalIngressCheck.EntryPoint> entryPoints) : Check
{
    public override string Type => "external-ingress";

    public override bool UsesReachability => true;

    public static Check? Parse(CheckParameters parameters)
    {
        parameters.Accept("to", "from", "entryPoints");
        var entries = new List<EntryPoint>();
        if (parameters.List("entryPoints", required: false) is { } list)
        {
            for (var i = 0; i < list.Children.Count; i++)
            {
                if (ReadEntryPoint(parameters, list.Children[i], $"{parameters.Path}.entryPoints[{i}]") is { } entry)
                {
                    entries.Add(entry);
                }
            }
        }

        return new ExternalIngressCheck(parameters.Zones("to", ZoneUse.Workload), parameters.Zones("from", ZoneUse.Address, required: false, "untrusted"), [.. entries]);
    }

    public override IReadOnlyList<Finding> Evaluate(AuditContext context)
    {
        var zones = context.Zones;
        var namespaces = zones.NamespacesIn(to);
        if (namespaces.Count == 0)
        {
            return [CheckFindings.NoMembers(to)];
        }

        var entries = entryPoints.Select(e => (Peers: zones.PeersIn([e.Zone]), e.Ports)).ToList();
        var sources = CheckFindings.List(from);
        return FlowScan.Run(context, new FlowQuery
        {
            Destinations = zones.PeersIn(to),
            Namespaces = namespaces,
            SourceAddresses = zones.AddressesIn(from),
            OffendingFromAddress = (_, d, ports) => entries.Where(e => e.Peers.Contains(d)).Aggregate(ports, (rest, e) => rest.Except(e.Ports)),
            FailMessage = (ns, n) => $"{n} flow(s) from {sources} reach namespace {ns} other than through an entry point and its ports",
            PassMessage = ns => $"addresses of {sources} reach namespace {ns} only through entry points and their ports",
        });
    }

    private static EntryPoint? ReadEntryPoint(CheckParameters parameters, YamlNode node, string path)
    {
        if (node is not YamlMappingNode map)
        {
            parameters.Fail(node, path, "expected {zone, ports}");
            return null;
        }

        var reader = parameters.Reader;
        reader.Known(map, path, "zone", "ports");
        var zone = parameters.Zone(map, "zone", path, ZoneUse.Workload);
        var ports = YamlReader.Get(map, "ports") is { } portsNode ? parameters.PortsOf(portsNode, $"{path}.ports") : ProtocolPortSet.All;
        return zone is null ? null : new EntryPoint(zone, ports);
    }

    /// <summary>Pods of this zone may take external traffic on these ports.</summary>
    internal sealed record EntryPoint(string Zone, ProtocolPortSet Ports);
}
