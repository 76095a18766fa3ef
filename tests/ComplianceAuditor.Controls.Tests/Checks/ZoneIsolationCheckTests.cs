using ComplianceAuditor.Controls.Evaluation;
using static ComplianceAuditor.Controls.Tests.Checks.CheckKit;
using static ComplianceAuditor.Controls.Tests.Checks.PolicyText;

namespace ComplianceAuditor.Controls.Tests.Checks;

public class ZoneIsolationCheckTests
{
    private const string Check = """
        type: zone-isolation
        from: [dmz, out-of-scope, untrusted]
        to: [cde]
        allow:
        - {from: dmz, to: cde, ports: ["TCP 8443"]}
        """;

    private const string FailMessage = "flow(s) from dmz, out-of-scope, untrusted into cde reach namespace payments without an allowance";

    /// <summary>A CDE with a default deny, an api the DMZ frontend may call, and a db only the api may call.</summary>
    private static readonly string Cluster = Namespace("payments", "cde") + Namespace("web", "dmz") + Namespace("analytics", "out-of-scope")
        + Pod("payments", "api", "10.0.0.1", "app: api")
        + Pod("payments", "db-0", "10.0.0.2", "app: db")
        + Pod("web", "frontend", "10.0.1.1", "app: frontend")
        + Pod("analytics", "report", "10.0.2.1", "app: report")
        + DefaultDeny("payments")
        + Policy("payments", "db", """
            podSelector: {matchLabels: {app: db}}
            ingress:
            - from: [{podSelector: {matchLabels: {app: api}}}]
              ports: [{port: 5432}]
            """);

    private static string Api(string ports) => Policy("payments", "api", $$$"""
        podSelector: {matchLabels: {app: api}}
        ingress:
        - from:
          - namespaceSelector: {matchLabels: {kubernetes.io/metadata.name: web}}
            podSelector: {matchLabels: {app: frontend}}
          ports: {{{ports}}}
        """);

    /// <summary>The api admits 169.254.0.0/16 on these ports; untrusted may reach cde only from the metadata endpoint on these.</summary>
    private static Finding LinkLocal(string ports, string allowed) => Single($$$"""
        type: zone-isolation
        from: [untrusted]
        to: [cde]
        allow:
        - {from: metadata-endpoint, to: cde, ports: ["{{{allowed}}}"]}
        """, Cluster + Policy("payments", "link-local", $$$"""
        podSelector: {matchLabels: {app: api}}
        ingress: [{from: [{ipBlock: {cidr: 169.254.0.0/16}}], ports: {{{ports}}}}]
        """));

    [Fact]
    public void An_allowed_flow_on_the_listed_port_passes_and_same_zone_traffic_is_not_examined()
    {
        // api -> db (both cde) is allowed on 5432 and has no allowance: it is not cross-zone.
        var finding = Single(Check, Cluster + Api("[{port: 8443}]"));

        Assert.Equal(FindingStatus.Pass, finding.Status);
        Assert.Equal(("namespace payments", "payments"), (finding.Subject, finding.Namespace));
        Assert.Equal("no flow from dmz, out-of-scope, untrusted into cde reaches namespace payments beyond the allowances", finding.Message);
        Assert.Empty(finding.Evidence.Flows);
    }

    [Fact]
    public void The_same_flow_on_another_port_fails_with_only_that_port_and_the_rules_allowing_it()
    {
        var finding = Single(Check, Cluster + Api("[{port: 8443}, {port: 9090}]"));

        Assert.Equal(FindingStatus.Fail, finding.Status);
        Assert.Equal($"1 {FailMessage}", finding.Message);
        Assert.Equal(["web/frontend -> payments/api : TCP 9090"], Flows(finding));
        Assert.Equal(
            ["web/frontend is not isolated for egress", "payments/api ingress[0] from[0]"],
            Flow(finding, "web/frontend", "payments/api").AllowedBy.ToArray());
        Assert.Equal(1, finding.Evidence.Total);
    }

    [Fact]
    public void A_namespace_selector_matching_every_namespace_lets_out_of_scope_in()
    {
        var finding = Single(Check, Cluster + Api("[{port: 8443}]") + Policy("payments", "db-reporting", """
            podSelector: {matchLabels: {app: db}}
            ingress:
            - from: [{namespaceSelector: {}}]
              ports: [{port: 5432}]
            """));

        Assert.Equal(FindingStatus.Fail, finding.Status);
        Assert.Equal($"2 {FailMessage}", finding.Message);
        Assert.Equal(
            ["analytics/report -> payments/db-0 : TCP 5432", "web/frontend -> payments/db-0 : TCP 5432"],
            Flows(finding));
        Assert.Equal(
            ["analytics/report is not isolated for egress", "payments/db-reporting ingress[0] from[0]"],
            Flow(finding, "analytics/report", "payments/db-0").AllowedBy.ToArray());
    }

    [Fact]
    public void A_source_egress_policy_shows_in_the_evidence_too()
    {
        var finding = Single(Check, Cluster + Api("[{port: 8443}, {port: 9090}]") + Policy("web", "frontend-out", """
            podSelector: {matchLabels: {app: frontend}}
            policyTypes: [Egress]
            egress:
            - to: [{namespaceSelector: {matchLabels: {compliance-auditor.io/zone: cde}}}]
            """));

        Assert.Equal(
            ["web/frontend-out egress[0] to[0]", "payments/api ingress[0] from[0]"],
            Flow(finding, "web/frontend", "payments/api").AllowedBy.ToArray());
    }

    [Fact]
    public void An_unisolated_destination_is_reached_from_every_source_zone_and_every_address()
    {
        var finding = Single("""
            type: zone-isolation
            from: [out-of-scope, untrusted]
            to: [cde]
            """, Namespace("payments", "cde") + Namespace("analytics", "out-of-scope")
            + Pod("payments", "api", "10.0.0.1", "app: api") + Pod("analytics", "report", "10.0.2.1"));

        Assert.Equal(FindingStatus.Fail, finding.Status);
        Assert.Equal(
            [
                "0.0.0.0-255.255.255.255 -> payments/api : TCP 1-65535; UDP 1-65535; SCTP 1-65535",
                "::-ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff -> payments/api : TCP 1-65535; UDP 1-65535; SCTP 1-65535",
                "analytics/report -> payments/api : TCP 1-65535; UDP 1-65535; SCTP 1-65535",
            ],
            Flows(finding));
        Assert.Equal(
            ["payments/api is not isolated for ingress"],
            Flow(finding, "0.0.0.0-255.255.255.255", "payments/api").AllowedBy.ToArray());
    }

    [Fact]
    public void An_ip_block_rule_lets_the_untrusted_zone_in_unless_an_allowance_covers_it()
    {
        var cluster = Cluster + Policy("payments", "api-public", """
            podSelector: {matchLabels: {app: api}}
            ingress:
            - from: [{ipBlock: {cidr: 203.0.113.0/24}}]
              ports: [{port: 443}]
            """);

        var finding = Single(Check, cluster);
        Assert.Equal(["203.0.113.0-203.0.113.255 -> payments/api : TCP 443"], Flows(finding));
        Assert.Equal(["payments/api-public ingress[0] from[0]"], finding.Evidence.Flows[0].AllowedBy.ToArray());

        Assert.Equal(FindingStatus.Pass, Single("""
            type: zone-isolation
            from: [dmz, out-of-scope, untrusted]
            to: [cde]
            allow:
            - {from: untrusted, to: cde, ports: ["TCP 443"]}
            """, cluster).Status);
    }

    [Fact]
    public void An_address_allowance_covers_only_its_addresses()
    {
        // The metadata endpoint is one address of the /16: every other address still offends.
        Assert.Equal(
            ["169.254.0.0-169.254.169.253 -> payments/api : TCP 80", "169.254.169.255-169.254.255.255 -> payments/api : TCP 80"],
            Flows(LinkLocal("[{port: 80}]", "TCP")));

        Assert.Equal(
            [
                "169.254.0.0-169.254.169.253 -> payments/api : TCP 80,443",
                "169.254.169.254-169.254.169.254 -> payments/api : TCP 80",
                "169.254.169.255-169.254.255.255 -> payments/api : TCP 80,443",
            ],
            Flows(LinkLocal("[{port: 80}, {port: 443}]", "TCP 443")));

        // Where the allowance changes nothing, the parts it cut are one flow again.
        Assert.Equal(["169.254.0.0-169.254.255.255 -> payments/api : TCP 80"], Flows(LinkLocal("[{port: 80}]", "TCP 443")));
    }

    [Fact]
    public void An_allowance_without_ports_covers_every_port_but_only_between_its_zones()
    {
        var cluster = Cluster + Api("[{port: 8443}, {port: 9090}]") + Policy("payments", "db-reporting", """
            podSelector: {matchLabels: {app: db}}
            ingress: [{from: [{namespaceSelector: {}}], ports: [{port: 5432}]}]
            """);

        var finding = Single("""
            type: zone-isolation
            from: [dmz, out-of-scope]
            to: [cde]
            allow:
            - {from: dmz, to: cde}
            """, cluster);

        Assert.Equal(["analytics/report -> payments/db-0 : TCP 5432"], Flows(finding));
    }

    [Fact]
    public void An_allowance_into_a_pod_zone_covers_only_those_pods()
    {
        var cluster = Cluster.Replace("app: db}", "app: db, compliance-auditor.io/data-store: chd}", StringComparison.Ordinal)
            + Api("[{port: 5432}]") + Policy("payments", "db-web", """
                podSelector: {matchLabels: {app: db}}
                ingress: [{from: [{namespaceSelector: {matchLabels: {kubernetes.io/metadata.name: web}}}], ports: [{port: 5432}]}]
                """);

        var finding = Single("""
            type: zone-isolation
            from: [dmz]
            to: [cde]
            allow:
            - {from: dmz, to: chd, ports: ["TCP 5432"]}
            """, cluster);

        Assert.Equal(["web/frontend -> payments/api : TCP 5432"], Flows(finding));
    }

    [Fact]
    public void Traffic_between_two_different_to_zones_is_cross_zone()
    {
        // Only peers of the same to zone are exempt: cde -> phi is examined when cde is also a from zone.
        var findings = Evaluate("""
            type: zone-isolation
            from: [cde, phi]
            to: [cde, phi]
            """, Namespace("payments", "cde") + Namespace("records", "phi")
            + Pod("payments", "api", "10.0.0.1", "app: api") + Pod("payments", "db-0", "10.0.0.2", "app: db")
            + Pod("records", "ehr", "10.0.3.1", "app: ehr")
            + DefaultDeny("payments", "[Ingress]") + DefaultDeny("records", "[Ingress]")
            + Policy("payments", "db", "podSelector: {matchLabels: {app: db}}\ningress: [{from: [{podSelector: {}}]}]")
            + Policy("records", "ehr", "podSelector: {}\ningress: [{from: [{namespaceSelector: {}}], ports: [{port: 8080}]}]"));

        Assert.Equal(FindingStatus.Pass, findings.About("namespace payments").Status);
        var records = findings.About("namespace records");
        Assert.Equal(FindingStatus.Fail, records.Status);
        Assert.Equal(["payments/api -> records/ehr : TCP 8080", "payments/db-0 -> records/ehr : TCP 8080"], Flows(records));
    }

    [Fact]
    public void Destination_zones_without_namespaces_are_not_applicable()
    {
        var finding = Single("""
            type: zone-isolation
            from: [dmz, untrusted]
            to: [phi, clearinghouse]
            """, Cluster);

        Assert.Equal(FindingStatus.NotApplicable, finding.Status);
        Assert.Contains("phi, clearinghouse", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Port_errors_name_the_line_and_column()
    {
        var port = Assert.Single(Errors("""
            type: zone-isolation
            from: [dmz]
            to: [cde]
            allow:
            - {from: dmz, to: cde, ports: ["TCP 8443", "TCP 99999"]}
            """));
        Assert.Equal("'TCP 99999': ports are numbers from 1 to 65535, one or a range a-b", port.Message);
        Assert.Equal((CheckLine + 4, 48), (port.Location!.Line, port.Location.Column));
        Assert.Equal("controls[0].checks[0].allow[0].ports[1]", port.FieldPath);

        var protocol = Assert.Single(Errors("""{type: zone-isolation, from: [dmz], to: [cde], allow: [{from: dmz, to: cde, ports: ["HTTP 80"]}]}"""));
        Assert.StartsWith("'HTTP 80' is not a port such as", protocol.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Field_and_zone_errors_name_the_line_and_column()
    {
        var unknown = Assert.Single(Errors("""
            type: zone-isolation
            from: [dmz]
            to: [cde]
            allow: [{from: dmz, too: cde}]
            """), e => e.Message.StartsWith("unknown field", StringComparison.Ordinal));
        Assert.StartsWith("unknown field 'too'; expected from, to, ports", unknown.Message, StringComparison.Ordinal);
        Assert.Equal((CheckLine + 3, 25), (unknown.Location!.Line, unknown.Location.Column));

        var zone = Assert.Single(Errors("""
            type: zone-isolation
            from: [dmz]
            to: [cde]
            allow: [{from: dmz, to: cardholder}]
            """));
        Assert.StartsWith("zone 'cardholder' is not in the scope", zone.Message, StringComparison.Ordinal);
        Assert.Equal((CheckLine + 3, 29, "controls[0].checks[0].allow[0].to"), (zone.Location!.Line, zone.Location.Column, zone.FieldPath));

        var missing = Assert.Single(Errors("{type: zone-isolation, from: [dmz]}"));
        Assert.Equal(("to is required", "controls[0].checks[0].to"), (missing.Message, missing.FieldPath));
    }
}
