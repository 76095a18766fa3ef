using ComplianceAuditor.Controls.Evaluation;
using static ComplianceAuditor.Controls.Tests.Checks.CheckKit;
using static ComplianceAuditor.Controls.Tests.Checks.PolicyText;

namespace ComplianceAuditor.Controls.Tests.Checks;

public class ExternalIngressCheckTests
{
    private const string Check = """
        type: external-ingress
        to: [dmz]
        entryPoints:
        - {zone: entry-point, ports: ["TCP 443"]}
        """;

    private const string FailMessage = "flow(s) from untrusted reach namespace web other than through an entry point and its ports";

    private const string AllPorts = "TCP 1-65535; UDP 1-65535; SCTP 1-65535";

    /// <summary>A DMZ with a default deny, an entry-point gateway and a frontend behind it.</summary>
    private static readonly string Web = Namespace("web", "dmz") + Namespace("shop", "connected")
        + Pod("web", "gateway", "10.0.1.1", "app: gateway, compliance-auditor.io/entry-point: \"true\"")
        + Pod("web", "frontend", "10.0.1.2", "app: frontend")
        + Pod("shop", "cart", "10.0.2.1", "app: cart")
        + DefaultDeny("web", "[Ingress]")
        + Policy("web", "frontend", """
            podSelector: {matchLabels: {app: frontend}}
            ingress: [{from: [{podSelector: {matchLabels: {app: gateway}}}, {namespaceSelector: {}}], ports: [{port: 8080}]}]
            """);

    private static string Gateway(string ports) => Policy("web", "gateway-public", $$$"""
        podSelector: {matchLabels: {app: gateway}}
        ingress:
        - from: [{ipBlock: {cidr: 0.0.0.0/0}}]
          ports: {{{ports}}}
        """);

    [Fact]
    public void The_entry_point_on_its_listed_port_passes()
    {
        // The frontend takes traffic from every namespace: peers are not external addresses.
        var finding = Single(Check, Web + Gateway("[{port: 443}]"));

        Assert.Equal(FindingStatus.Pass, finding.Status);
        Assert.Equal(("namespace web", "web"), (finding.Subject, finding.Namespace));
        Assert.Equal("addresses of untrusted reach namespace web only through entry points and their ports", finding.Message);
    }

    [Fact]
    public void The_entry_point_on_another_port_fails_for_that_port_only()
    {
        var finding = Single(Check, Web + Gateway("[{port: 443}, {port: 8080}]"));

        Assert.Equal(FindingStatus.Fail, finding.Status);
        Assert.Equal($"1 {FailMessage}", finding.Message);
        Assert.Equal(["0.0.0.0-255.255.255.255 -> web/gateway : TCP 8080"], Flows(finding));
        Assert.Equal(["web/gateway-public ingress[0] from[0]"], finding.Evidence.Flows[0].AllowedBy.ToArray());
    }

    [Fact]
    public void A_pod_that_is_not_an_entry_point_reached_through_an_ip_block_fails()
    {
        var finding = Single(Check, Web + Gateway("[{port: 443}]") + Policy("web", "partner", """
            podSelector: {matchLabels: {app: frontend}}
            ingress:
            - from: [{podSelector: {}}, {ipBlock: {cidr: 198.51.100.0/24}}]
              ports: [{port: 443}]
            """));

        Assert.Equal(FindingStatus.Fail, finding.Status);
        Assert.Equal(["198.51.100.0-198.51.100.255 -> web/frontend : TCP 443"], Flows(finding));
        Assert.Equal(["web/partner ingress[0] from[1]"], finding.Evidence.Flows[0].AllowedBy.ToArray());
    }

    [Fact]
    public void An_ip_block_whose_exceptions_remove_every_address_lets_nothing_in()
    {
        var finding = Single(Check, Web + Gateway("[{port: 443}]") + Policy("web", "nobody", """
            podSelector: {matchLabels: {app: frontend}}
            ingress:
            - from: [{ipBlock: {cidr: 10.0.0.0/8, except: [10.0.0.0/9, 10.128.0.0/9]}}]
            """));

        Assert.Equal(FindingStatus.Pass, finding.Status);
    }

    [Fact]
    public void Exceptions_are_left_out_of_the_offending_ranges()
    {
        var finding = Single(Check, Web + Gateway("[{port: 443}]") + Policy("web", "partner", """
            podSelector: {matchLabels: {app: frontend}}
            ingress:
            - from: [{ipBlock: {cidr: 198.51.100.0/24, except: [198.51.100.0/25]}}]
              ports: [{port: 8080}]
            """));

        Assert.Equal(["198.51.100.128-198.51.100.255 -> web/frontend : TCP 8080"], Flows(finding));
    }

    [Fact]
    public void An_unisolated_pod_is_reached_by_every_address_on_every_port()
    {
        var finding = Single(Check, Namespace("web", "dmz") + Pod("web", "legacy", "10.0.1.9", "app: legacy"));

        Assert.Equal(FindingStatus.Fail, finding.Status);
        Assert.Equal($"2 {FailMessage}", finding.Message);
        Assert.Equal(
            [$"0.0.0.0-255.255.255.255 -> web/legacy : {AllPorts}", $"::-ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff -> web/legacy : {AllPorts}"],
            Flows(finding));
        Assert.Equal(["web/legacy is not isolated for ingress"], finding.Evidence.Flows[0].AllowedBy.ToArray());
    }

    [Fact]
    public void An_unisolated_entry_point_offends_only_outside_its_ports()
    {
        var finding = Single(Check, Namespace("web", "dmz")
            + Pod("web", "gateway", "10.0.1.1", "compliance-auditor.io/entry-point: \"true\""));

        Assert.Equal(
            [
                "0.0.0.0-255.255.255.255 -> web/gateway : TCP 1-442,444-65535; UDP 1-65535; SCTP 1-65535",
                "::-ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff -> web/gateway : TCP 1-442,444-65535; UDP 1-65535; SCTP 1-65535",
            ],
            Flows(finding));
    }

    [Fact]
    public void An_entry_point_without_ports_takes_any_port()
    {
        var finding = Single("""
            type: external-ingress
            to: [dmz]
            entryPoints: [{zone: entry-point}]
            """, Web + Gateway("[{port: 443}, {port: 8080}]"));

        Assert.Equal(FindingStatus.Pass, finding.Status);
    }

    [Fact]
    public void Without_entry_points_every_external_flow_in_fails()
    {
        var finding = Single("""
            type: external-ingress
            to: [dmz]
            """, Web + Gateway("[{port: 443}]"));

        Assert.Equal(["0.0.0.0-255.255.255.255 -> web/gateway : TCP 443"], Flows(finding));
    }

    [Fact]
    public void Only_the_addresses_of_the_from_zones_are_examined()
    {
        var cluster = Web + Gateway("[{port: 443}]") + Policy("web", "link-local", """
            podSelector: {matchLabels: {app: frontend}}
            ingress: [{from: [{ipBlock: {cidr: 169.254.0.0/16}}], ports: [{port: 80}]}]
            """);

        var finding = Single("""
            type: external-ingress
            to: [dmz]
            from: [metadata-endpoint]
            entryPoints: [{zone: entry-point, ports: ["TCP 443"]}]
            """, cluster);

        Assert.Equal(["169.254.169.254-169.254.169.254 -> web/frontend : TCP 80"], Flows(finding));
        Assert.Equal(
            "1 flow(s) from metadata-endpoint reach namespace web other than through an entry point and its ports",
            finding.Message);
    }

    [Fact]
    public void Each_namespace_of_the_to_zones_gets_its_own_finding()
    {
        var findings = Evaluate("""
            type: external-ingress
            to: [dmz, connected]
            entryPoints: [{zone: entry-point, ports: ["TCP 443"]}]
            """, Web + Gateway("[{port: 443}]"));

        Assert.Equal(["namespace shop", "namespace web"], findings.Select(f => f.Subject));
        Assert.Equal(FindingStatus.Pass, findings.About("namespace web").Status);
        var shop = findings.About("namespace shop");
        Assert.Equal(FindingStatus.Fail, shop.Status);
        Assert.All(shop.Evidence.Flows, f => Assert.Equal("shop/cart", f.Destination));
    }

    [Fact]
    public void To_zones_without_namespaces_are_not_applicable()
    {
        var finding = Single("""
            type: external-ingress
            to: [phi]
            """, Web);

        Assert.Equal(FindingStatus.NotApplicable, finding.Status);
        Assert.Equal("no namespace or pod is in phi", finding.Message);
    }

    [Fact]
    public void Port_errors_name_the_line_and_column()
    {
        var port = Assert.Single(Errors("""
            type: external-ingress
            to: [dmz]
            entryPoints: [{zone: entry-point, ports: ["TCP 0"]}]
            """));
        Assert.Equal("'TCP 0': ports are numbers from 1 to 65535, one or a range a-b", port.Message);
        Assert.Equal((CheckLine + 2, 47), (port.Location!.Line, port.Location.Column));
        Assert.Equal("controls[0].checks[0].entryPoints[0].ports[0]", port.FieldPath);

        var unknown = Assert.Single(Errors("""
            type: external-ingress
            to: [dmz]
            entryPoints: [{zone: entry-point, port: ["TCP 443"]}]
            """));
        Assert.StartsWith("unknown field 'port'; expected zone, ports", unknown.Message, StringComparison.Ordinal);
        Assert.Equal((CheckLine + 2, 39), (unknown.Location!.Line, unknown.Location.Column));
    }

    [Fact]
    public void Field_and_zone_errors_name_the_line_and_column()
    {
        var zone = Assert.Single(Errors("""
            type: external-ingress
            to: [dmz]
            from: [internet]
            """));
        Assert.StartsWith("zone 'internet' is not in the scope", zone.Message, StringComparison.Ordinal);
        Assert.Equal((CheckLine + 2, 12, "controls[0].checks[0].from[0]"), (zone.Location!.Line, zone.Location.Column, zone.FieldPath));

        var kind = Assert.Single(Errors("""
            type: external-ingress
            to: [dmz]
            from: [out-of-scope]
            """));
        Assert.Equal("zone 'out-of-scope' is a workload zone (namespaces and pods); from takes an address zone (cidrs)", kind.Message);
        Assert.Equal((CheckLine + 2, 12), (kind.Location!.Line, kind.Location.Column));

        var entryZone = Assert.Single(Errors("""
            type: external-ingress
            to: [dmz]
            entryPoints: [{ports: ["TCP 443"]}]
            """));
        Assert.Equal(("zone is required", "controls[0].checks[0].entryPoints[0].zone"), (entryZone.Message, entryZone.FieldPath));

        var typo = Assert.Single(Errors("""
            type: external-ingress
            to: [dmz]
            entrypoints: []
            """));
        Assert.StartsWith("unknown field 'entrypoints'; expected type, to, from, entryPoints", typo.Message, StringComparison.Ordinal);
    }
}
