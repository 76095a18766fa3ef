using System.Collections.Immutable;
using ComplianceAuditor.Controls.Evaluation;
using ComplianceAuditor.Engine.Net;
using ComplianceAuditor.Engine.Ports;

namespace ComplianceAuditor.Controls.Checks;

/// <summary>
/// <c>external-egress</c>: pods of the <c>from</c> zones reach addresses of the <c>to</c> address
/// zones only inside <c>allowedCidrs</c> and on <c>ports</c>. With no <c>allowedCidrs</c> any
/// reachable address of <c>to</c> is a finding.
/// </summary>
internal sealed class ExternalEgressCheck(ImmutableArray<string> from, ImmutableArray<string> to, IpRangeSet allowedCidrs, ProtocolPortSet ports) : Check
{
    public override string Type => "external-egress";

    public override bool UsesReachability => true;

    public static Check? Parse(CheckParameters parameters)
    {
        parameters.Accept("from", "to", "allowedCidrs", "ports");
        if (parameters.Given("ports") is { } portsNode && parameters.Given("allowedCidrs") is null)
        {
            // Without allowed addresses every reachable address fails whatever its port: the author meant something else.
            parameters.Fail(portsNode, "ports", "ports restricts the allowedCidrs; give allowedCidrs too (0.0.0.0/0 and ::/0 for any address on these ports)");
        }

        return new ExternalEgressCheck(
            parameters.Zones("from", ZoneUse.Workload),
            parameters.Zones("to", ZoneUse.Address, required: false, "untrusted"),
            parameters.Cidrs("allowedCidrs", IpRangeSet.Empty),
            parameters.Ports("ports", ProtocolPortSet.All));
    }

    public override IReadOnlyList<Finding> Evaluate(AuditContext context)
    {
        var namespaces = context.Zones.NamespacesIn(from);
        if (namespaces.Count == 0)
        {
            return [CheckFindings.NoMembers(from)];
        }

        var targets = CheckFindings.List(to);
        return EgressScan.Run(context, new EgressQuery
        {
            Sources = context.Zones.PeersIn(from),
            Namespaces = namespaces,
            Targets = context.Zones.AddressesIn(to),
            AllowedAddresses = allowedCidrs,
            AllowedPorts = ports,
            FailMessage = (ns, n) => $"{n} flow(s) from namespace {ns} reach {targets} outside the allowed addresses and ports",
            PassMessage = ns => $"namespace {ns} reaches {targets} only within the allowed addresses and ports",
        });
    }
}
