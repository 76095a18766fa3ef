using ComplianceAuditor.Controls.Evaluation;
using static ComplianceAuditor.Controls.Tests.Checks.CheckKit;
using static ComplianceAuditor.Controls.Tests.Checks.PolicyText;

namespace ComplianceAuditor.Controls.Tests.Checks;

public class ExternalEgressCheckTests
{
    private const string Check = """
        type: external-egress
        from: [cde]
        allowedCidrs: [203.0.113.0/24]
        ports: ["TCP 443"]
        """;

    private const string FailMessage = "flow(s) from namespace payments reach untrusted outside the allowed addresses and ports";

    private const string AllPorts = "TCP 1-65535; UDP 1-65535; SCTP 1-65535";

    /// <summary>A CDE that denies egress by default; the api calls the card processor.</summary>
    private static readonly string Payments = Namespace("payments", "cde")
        + Pod("payments", "api", "10.0.0.1", "app: api")
        + Pod("payments", "db-0", "10.0.0.2", "app: db")
        + DefaultDeny("payments")
        + Policy("payments", "db-from-api", """
            podSelector: {matchLabels: {app: api}}
            policyTypes: [Egress]
            egress: [{to: [{podSelector: {matchLabels: {app: db}}}], ports: [{port: 5432}]}]
            """);

    private static string ApiOut(string cidr, string ports) => Policy("payments", "api-out", $$$"""
        podSelector: {matchLabels: {app: api}}
        policyTypes: [Egress]
        egress:
        - to: [{ipBlock: {cidr: {{{cidr}}}}}]
          ports: {{{ports}}}
        """);

    [Fact]
    public void Egress_inside_the_allowed_cidrs_on_the_allowed_port_passes()
    {
        var finding = Single(Check, Payments + ApiOut("203.0.113.0/24", "[{port: 443}]"));

        Assert.Equal(FindingStatus.Pass, finding.Status);
        Assert.Equal(("namespace payments", "payments"), (finding.Subject, finding.Namespace));
        Assert.Equal("namespace payments reaches untrusted only within the allowed addresses and ports", finding.Message);
    }

    [Fact]
    public void An_ip_block_wider_than_the_allowed_cidrs_fails_for_the_addresses_outside()
    {
        var finding = Single(Check, Payments + ApiOut("203.0.112.0/23", "[{port: 443}]"));

        Assert.Equal(FindingStatus.Fail, finding.Status);
        Assert.Equal($"1 {FailMessage}", finding.Message);
        Assert.Equal(["payments/api -> 203.0.112.0-203.0.112.255 : TCP 443"], Flows(finding));
        Assert.Equal(["payments/api-out egress[0] to[0]"], finding.Evidence.Flows[0].AllowedBy.ToArray());
        Assert.Equal(1, finding.Evidence.Total);
    }

    [Fact]
    public void An_allowed_address_on_another_port_fails_for_that_port_only()
    {
        var finding = Single(Check, Payments + ApiOut("203.0.113.0/24", "[{port: 443}, {port: 80}, {port: 53, protocol: UDP}]"));

        Assert.Equal(["payments/api -> 203.0.113.0-203.0.113.255 : TCP 80; UDP 53"], Flows(finding));
    }

    [Fact]
    public void A_port_range_reaching_past_the_allowed_ports_fails_for_the_rest()
    {
        var finding = Single(Check, Payments + ApiOut("203.0.113.0/24", "[{port: 440, endPort: 450}]"));

        Assert.Equal(["payments/api -> 203.0.113.0-203.0.113.255 : TCP 440-442,444-450"], Flows(finding));
    }

    [Fact]
    public void A_pod_without_egress_isolation_reaches_everything_outside_the_allowance()
    {
        var finding = Single(Check, Namespace("payments", "cde") + Pod("payments", "batch", "10.0.0.9", "app: batch"));

        Assert.Equal(FindingStatus.Fail, finding.Status);
        Assert.Equal(
            [
                $"payments/batch -> 0.0.0.0-203.0.112.255 : {AllPorts}",
                "payments/batch -> 203.0.113.0-203.0.113.255 : TCP 1-442,444-65535; UDP 1-65535; SCTP 1-65535",
                $"payments/batch -> 203.0.114.0-255.255.255.255 : {AllPorts}",
                $"payments/batch -> ::-ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff : {AllPorts}",
            ],
            Flows(finding));
        Assert.Equal($"4 {FailMessage}", finding.Message);
        Assert.Equal(["payments/batch is not isolated for egress"], finding.Evidence.Flows[0].AllowedBy.ToArray());
    }

    [Fact]
    public void Egress_to_pods_only_reaches_no_address()
    {
        var finding = Single("""
            type: external-egress
            from: [cde]
            """, Payments);

        Assert.Equal(FindingStatus.Pass, finding.Status);
    }

    [Fact]
    public void Without_allowed_cidrs_any_reachable_address_fails()
    {
        var finding = Single("""
            type: external-egress
            from: [cde]
            """, Payments + ApiOut("203.0.113.0/24", "[{port: 443}]"));

        Assert.Equal(["payments/api -> 203.0.113.0-203.0.113.255 : TCP 443"], Flows(finding));
    }

    [Fact]
    public void Allowed_cidrs_without_ports_allow_every_port()
    {
        var finding = Single("""
            type: external-egress
            from: [cde]
            allowedCidrs: [203.0.113.0/24]
            """, Payments + ApiOut("203.0.113.0/25", "[{port: 443}, {port: 80}]"));

        Assert.Equal(FindingStatus.Pass, finding.Status);
    }

    [Fact]
    public void Only_the_addresses_of_the_to_zones_are_examined()
    {
        var cluster = Payments + ApiOut("169.254.0.0/16", "[{port: 80}]");

        var metadata = Single("""
            type: external-egress
            from: [cde]
            to: [metadata-endpoint]
            """, cluster);
        Assert.Equal(["payments/api -> 169.254.169.254-169.254.169.254 : TCP 80"], Flows(metadata));
        Assert.Equal("1 flow(s) from namespace payments reach metadata-endpoint outside the allowed addresses and ports", metadata.Message);

        var untrusted = Single(Check, cluster);
        Assert.Equal(["payments/api -> 169.254.0.0-169.254.255.255 : TCP 80"], Flows(untrusted));
    }

    [Fact]
    public void Pods_outside_the_from_zones_are_not_examined()
    {
        var findings = Evaluate(Check, Payments + ApiOut("203.0.113.0/24", "[{port: 443}]")
            + Namespace("analytics", "out-of-scope") + Pod("analytics", "report", "10.0.2.1"));

        var finding = Assert.Single(findings);
        Assert.Equal(("namespace payments", FindingStatus.Pass), (finding.Subject, finding.Status));
    }

    [Fact]
    public void A_workload_not_yet_rolled_out_is_a_source_too()
    {
        var finding = Single(Check, Namespace("payments", "cde") + DefaultDeny("payments", "[Ingress]")
            + Workload("Deployment", "payments", "exporter", "app: exporter"));

        Assert.Equal(FindingStatus.Fail, finding.Status);
        Assert.All(finding.Evidence.Flows, f => Assert.Equal("payments/exporter[Deployment]", f.Source));
    }

    [Fact]
    public void From_zones_without_namespaces_are_not_applicable()
    {
        var finding = Single("""
            type: external-egress
            from: [phi, clearinghouse]
            """, Payments);

        Assert.Equal(FindingStatus.NotApplicable, finding.Status);
        Assert.Equal("no namespace or pod is in phi, clearinghouse", finding.Message);
    }

    [Fact]
    public void Port_and_cidr_errors_name_the_line_and_column()
    {
        var cidr = Assert.Single(Errors("""
            type: external-egress
            from: [cde]
            allowedCidrs: [203.0.113.0/24, 10.0.0.0/33]
            """));
        Assert.Equal("invalid CIDR '10.0.0.0/33': prefix length '33' is not a number from 0 to 32", cidr.Message);
        Assert.Equal((CheckLine + 2, 36), (cidr.Location!.Line, cidr.Location.Column));
        Assert.Equal("controls[0].checks[0].allowedCidrs[1]", cidr.FieldPath);

        var port = Assert.Single(Errors("""
            type: external-egress
            from: [cde]
            allowedCidrs: [0.0.0.0/0]
            ports: ["TCP 443", "TCP 9000-8000"]
            """));
        Assert.Equal("'TCP 9000-8000': the range ends before it starts", port.Message);
        Assert.Equal((CheckLine + 3, 24), (port.Location!.Line, port.Location.Column));
        Assert.Equal("controls[0].checks[0].ports[1]", port.FieldPath);

        var portsAlone = Assert.Single(Errors("""
            type: external-egress
            from: [cde]
            ports: ["TCP 443"]
            """));
        Assert.StartsWith("ports restricts the allowedCidrs; give allowedCidrs too", portsAlone.Message, StringComparison.Ordinal);
        Assert.Equal((CheckLine + 2, 12, "controls[0].checks[0].ports"), (portsAlone.Location!.Line, portsAlone.Location.Column, portsAlone.FieldPath));
    }

    [Fact]
    public void Field_and_zone_errors_name_the_line_and_column()
    {
        var unknown = Assert.Single(Errors("""
            type: external-egress
            from: [cde]
            allowedCIDRs: [203.0.113.0/24]
            """));
        Assert.StartsWith("unknown field 'allowedCIDRs'; expected type, from, to, allowedCidrs, ports", unknown.Message, StringComparison.Ordinal);
        Assert.Equal((CheckLine + 2, 5), (unknown.Location!.Line, unknown.Location.Column));

        var zone = Assert.Single(Errors("""
            type: external-egress
            from: [cde]
            to: [internet]
            """));
        Assert.StartsWith("zone 'internet' is not in the scope", zone.Message, StringComparison.Ordinal);

        var missing = Assert.Single(Errors("type: external-egress"));
        Assert.Equal(("from is required", "controls[0].checks[0].from"), (missing.Message, missing.FieldPath));
    }
}
