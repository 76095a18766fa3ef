using System.Collections.Immutable;
using ComplianceAuditor.Controls.Evaluation;
using ComplianceAuditor.Engine.Net;

namespace ComplianceAuditor.Controls.Checks;

/// <summary>
/// <c>metadata-endpoint</c>: no pod of the zones may reach the cloud instance metadata service on
/// any port. It hands out the node's cloud credentials to whoever asks, so one allowed flow is
/// enough to lose them.
/// </summary>
internal sealed class MetadataEndpointCheck(ImmutableArray<string> zones, IpRangeSet cidrs) : Check
{
    /// <summary>The AWS, GCP, Azure and OpenStack IPv4 endpoint, and AWS's IPv6 one.</summary>
    public static readonly IpRangeSet DefaultCidrs = IpRangeSet.Of(IpPrefix.Parse("169.254.169.254/32")).Union(IpRangeSet.Of(IpPrefix.Parse("fd00:ec2::254/128")));

    public override string Type => "metadata-endpoint";

    public override bool UsesReachability => true;

    public static Check? Parse(CheckParameters parameters)
    {
        parameters.Accept("zones", "cidrs");
        parameters.RejectEmpty("cidrs");
        return new MetadataEndpointCheck(parameters.Zones("zones", ZoneUse.Workload), parameters.Cidrs("cidrs", DefaultCidrs));
    }

    public override IReadOnlyList<Finding> Evaluate(AuditContext context)
    {
        var namespaces = context.Zones.NamespacesIn(zones);
        if (namespaces.Count == 0)
        {
            return [CheckFindings.NoMembers(zones)];
        }

        return EgressScan.Run(context, new EgressQuery
        {
            Sources = context.Zones.PeersIn(zones),
            Namespaces = namespaces,
            Targets = cidrs,
            FailMessage = (ns, n) => $"{n} flow(s) from namespace {ns} reach the cloud metadata endpoint",
            PassMessage = ns => $"no pod of namespace {ns} may reach the cloud metadata endpoint",
        });
    }
}
