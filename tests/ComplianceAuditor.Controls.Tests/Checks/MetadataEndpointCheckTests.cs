using ComplianceAuditor.Controls.Evaluation;
using static ComplianceAuditor.Controls.Tests.Checks.CheckKit;
using static ComplianceAuditor.Controls.Tests.Checks.PolicyYaml;

namespace ComplianceAuditor.Controls.Tests.Checks;

public class MetadataEndpointCheckTests
{
    private const string Check = "type: metadata-endpoint\nzones: [cde]";

    private const string V4 = "169.254.169.254-169.254.169.254";

    private const string V6 = "fd00:ec2::254-fd00:ec2::254";

    private static readonly string Cluster =
        Namespace("payments", "cde") + Namespace("analytics", "out-of-scope")
        + Pod("payments", "api", "10.0.0.1", "app: api")
        + Pod("analytics", "report", "10.0.1.1", "app: report")
        + Policy("payments", "default-deny-ingress", "podSelector: {}\npolicyTypes: [Ingress]");

    /// <summary>An egress policy for every payments pod with one rule towards the peers (a flow sequence body).</summary>
    private static string EgressTo(string to, string ports = "{port: 443}") =>
        Policy("payments", "egress", $"podSelector: {{}}\npolicyTypes: [Egress]\negress:\n- to: [{to}]\n  ports: [{ports}]");

    [Fact]
    public void Default_allow_egress_reaches_both_endpoints_on_every_port()
    {
        var finding = Single(Check, Cluster);

        Assert.Equal((FindingStatus.Fail, "namespace payments"), (finding.Status, finding.Subject));
        Assert.Equal("2 flow(s) from namespace payments reach the cloud metadata endpoint", finding.Message);
        Assert.Equal([("payments/api", V4), ("payments/api", V6)], finding.Evidence.Flows.Select(f => (f.Source, f.Destination)));
        Assert.All(finding.Evidence.Flows, f => Assert.Equal("TCP 1-65535; UDP 1-65535; SCTP 1-65535", f.Ports.ToString()));
        Assert.Equal(["payments/api is not isolated for egress"], finding.Evidence.Flows[0].AllowedBy.ToArray());
        Assert.Equal(2, finding.Evidence.Total);
    }

    [Fact]
    public void Every_address_except_the_endpoint_passes()
    {
        var finding = Single(Check, Cluster + EgressTo("{ipBlock: {cidr: 0.0.0.0/0, except: [169.254.169.254/32]}}"));

        Assert.Equal(FindingStatus.Pass, finding.Status);
        Assert.Equal("no pod of namespace payments may reach the cloud metadata endpoint", finding.Message);
        Assert.Equal(FindingStatus.Pass, Single(Check, Cluster + EgressTo("{ipBlock: {cidr: 0.0.0.0/0, except: [169.254.0.0/16]}}")).Status);
    }

    [Fact]
    public void Egress_limited_to_a_namespace_passes()
    {
        var finding = Single(Check, Cluster + EgressTo("{namespaceSelector: {matchLabels: {kubernetes.io/metadata.name: analytics}}}"));

        Assert.Equal(FindingStatus.Pass, finding.Status);
    }

    [Fact]
    public void A_rule_towards_link_local_addresses_fails_on_its_ports_with_the_rule()
    {
        var finding = Single(Check, Cluster + EgressTo("{ipBlock: {cidr: 10.0.0.0/8}}, {ipBlock: {cidr: 169.254.0.0/16}}", "{port: 80}"));

        var flow = Assert.Single(finding.Evidence.Flows);
        Assert.Equal(("payments/api", V4, "TCP 80"), (flow.Source, flow.Destination, flow.Ports.ToString()));
        Assert.Equal(["payments/egress egress[0] to[1]"], flow.AllowedBy.ToArray());
    }

    [Fact]
    public void The_ipv6_endpoint_is_checked_too()
    {
        var open = Single(Check, Cluster + EgressTo("{ipBlock: {cidr: 0.0.0.0/0, except: [169.254.169.254/32]}}, {ipBlock: {cidr: \"::/0\"}}"));
        var flow = Assert.Single(open.Evidence.Flows);
        Assert.Equal(("payments/api", V6, "TCP 443"), (flow.Source, flow.Destination, flow.Ports.ToString()));
        Assert.Equal(["payments/egress egress[0] to[1]"], flow.AllowedBy.ToArray());

        var closed = Single(Check, Cluster + EgressTo("{ipBlock: {cidr: \"::/0\", except: [\"fd00:ec2::254/128\"]}}"));
        Assert.Equal(FindingStatus.Pass, closed.Status);
    }

    [Fact]
    public void Custom_cidrs_replace_the_default_endpoints()
    {
        const string Alibaba = Check + "\ncidrs: [100.100.100.200/32]";
        var cluster = Cluster + EgressTo("{ipBlock: {cidr: 0.0.0.0/0, except: [169.254.169.254/32]}}");

        var flow = Assert.Single(Single(Alibaba, cluster).Evidence.Flows);
        Assert.Equal("100.100.100.200-100.100.100.200", flow.Destination);
        Assert.Equal(FindingStatus.Pass, Single(Alibaba, Cluster + EgressTo("{ipBlock: {cidr: 169.254.169.254/32}}")).Status);
    }

    [Fact]
    public void Each_source_namespace_of_the_zones_gets_a_finding()
    {
        var cluster = Cluster + EgressTo("{namespaceSelector: {}}") + Namespace("vault", "cde") + Pod("vault", "tokens-0", "10.0.3.1", "app: tokens");

        var findings = Evaluate(Check, cluster);

        Assert.Equal(["namespace payments", "namespace vault"], findings.Select(f => f.Subject));
        Assert.Equal(FindingStatus.Pass, findings.About("namespace payments").Status);
        Assert.Equal(["vault/tokens-0", "vault/tokens-0"], findings.About("namespace vault").Evidence.Flows.Select(f => f.Source));
    }

    [Fact]
    public void Zones_without_members_are_not_applicable()
    {
        var finding = Single("type: metadata-endpoint\nzones: [dmz]", Cluster);

        Assert.Equal((FindingStatus.NotApplicable, "no namespace or pod is in dmz"), (finding.Status, finding.Message));
    }

    [Fact]
    public void Unevaluated_policy_objects_make_it_not_evaluated()
    {
        var finding = Assert.Single(Audit(Check, WithCalicoPolicy(Cluster + EgressTo("{namespaceSelector: {}}"))));

        Assert.Equal(FindingStatus.NotEvaluated, finding.Status);
    }

    [Fact]
    public void Parameter_errors_name_their_place()
    {
        Assert.Equal(
            [$"{CheckLine + 2}:25 controls[0].checks[0].cidrs[1]: invalid CIDR '169.254.169.254/33': prefix length '33' is not a number from 0 to 32"],
            ErrorsAt(Check + "\ncidrs: [10.0.0.0/8, 169.254.169.254/33]"));
        Assert.Equal(
            [$"{CheckLine + 2}:12 controls[0].checks[0].cidrs: expected a list, found '169.254.169.254/32'"],
            ErrorsAt(Check + "\ncidrs: 169.254.169.254/32"));
        Assert.Equal([$"{CheckLine + 2}:12 controls[0].checks[0].cidrs: expected at least one entry"], ErrorsAt(Check + "\ncidrs: []"));
        Assert.StartsWith(
            $"{CheckLine + 2}:5 controls[0].checks[0].endpoints: unknown field 'endpoints'; expected type, zones, cidrs",
            Assert.Single(ErrorsAt(Check + "\nendpoints: [169.254.169.254/32]")),
            StringComparison.Ordinal);
        Assert.Equal([$"{CheckLine}:5 controls[0].checks[0].zones: zones is required"], ErrorsAt("type: metadata-endpoint"));
    }
}
