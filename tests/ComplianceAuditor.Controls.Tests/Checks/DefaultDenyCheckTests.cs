using ComplianceAuditor.Controls.Evaluation;
using static ComplianceAuditor.Controls.Tests.Checks.CheckKit;
using static ComplianceAuditor.Controls.Tests.Checks.PolicyText;

namespace ComplianceAuditor.Controls.Tests.Checks;

public class DefaultDenyCheckTests
{
    private const string Both = """
        type: default-deny
        zones: [cde]
        """;

    private const string IngressOnly = """
        type: default-deny
        zones: [cde]
        direction: ingress
        """;

    private const string EgressOnly = """
        type: default-deny
        zones: [cde]
        direction: egress
        """;

    private static readonly string Payments = Namespace("payments", "cde") + Pod("payments", "api", "10.0.0.1", "app: api");

    /// <summary>An allow policy beside the baseline: it must not be taken for the default deny.</summary>
    private static readonly string AllowApi = Policy("payments", "api", """
        podSelector: {matchLabels: {app: api}}
        policyTypes: [Ingress, Egress]
        ingress: [{ports: [{port: 8443}]}]
        egress: [{to: [{podSelector: {}}]}]
        """);

    [Fact]
    public void The_textbook_default_deny_passes_both_directions()
    {
        var finding = Single(Both, Payments + DefaultDeny("payments") + AllowApi);

        Assert.Equal(FindingStatus.Pass, finding.Status);
        Assert.Equal(("namespace payments", "payments"), (finding.Subject, finding.Namespace));
        Assert.Equal("namespace payments denies by default (ingress and egress)", finding.Message);
        Assert.Equal(["payments/default-deny"], finding.Evidence.Policies.ToArray());
    }

    [Fact]
    public void One_policy_per_direction_passes_and_both_are_named()
    {
        var finding = Single(Both, Payments
            + DefaultDeny("payments", "[Ingress]", "deny-in")
            + DefaultDeny("payments", "[Egress]", "deny-out"));

        Assert.Equal(FindingStatus.Pass, finding.Status);
        Assert.Equal(["payments/deny-in", "payments/deny-out"], finding.Evidence.Policies.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void An_empty_pod_selector_with_an_ingress_rule_is_not_a_default_deny()
    {
        var finding = Single(IngressOnly, Payments + Policy("payments", "allow-same-namespace", """
            podSelector: {}
            policyTypes: [Ingress]
            ingress: [{from: [{podSelector: {}}]}]
            """));

        Assert.Equal(FindingStatus.Fail, finding.Status);
        Assert.Equal(
            "namespace payments has no default-deny policy for ingress: no policy selects every pod and allows nothing in that direction",
            finding.Message);
        Assert.Equal(["payments/allow-same-namespace"], finding.Evidence.Policies.ToArray());
        Assert.Equal(1, finding.Evidence.Total);
    }

    [Fact]
    public void A_policy_selecting_some_pods_is_not_a_default_deny()
    {
        var finding = Single(Both, Payments + Policy("payments", "deny-api", """
            podSelector: {matchLabels: {app: api}}
            policyTypes: [Ingress, Egress]
            """));

        Assert.Equal(FindingStatus.Fail, finding.Status);
        Assert.Equal(
            "namespace payments has no default-deny policy for ingress and egress: no policy selects every pod and allows nothing in that direction",
            finding.Message);
        Assert.Equal(2, finding.Evidence.Total);
    }

    [Fact]
    public void Omitted_policy_types_mean_ingress_only_when_there_are_no_egress_rules()
    {
        var manifests = Payments + Policy("payments", "deny", "podSelector: {}");

        Assert.Equal(FindingStatus.Pass, Single(IngressOnly, manifests).Status);
        Assert.Equal(FindingStatus.Fail, Single(EgressOnly, manifests).Status);
        var both = Single(Both, manifests);
        Assert.Equal(FindingStatus.Fail, both.Status);
        Assert.StartsWith("namespace payments has no default-deny policy for egress:", both.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_egress_list_does_not_make_a_policy_affect_egress()
    {
        var manifests = Payments + Policy("payments", "deny", """
            podSelector: {}
            ingress: []
            egress: []
            """);

        Assert.Equal(FindingStatus.Pass, Single(IngressOnly, manifests).Status);
        Assert.Equal(FindingStatus.Fail, Single(EgressOnly, manifests).Status);
    }

    [Fact]
    public void Omitted_policy_types_with_egress_rules_deny_ingress_but_not_egress()
    {
        // policyTypes defaults to [Ingress, Egress] here: ingress has no rule (denied), egress has one.
        var manifests = Payments + Policy("payments", "dns-only", """
            podSelector: {}
            egress: [{ports: [{port: 53, protocol: UDP}]}]
            """);

        Assert.Equal(FindingStatus.Pass, Single(IngressOnly, manifests).Status);
        var egress = Single(EgressOnly, manifests);
        Assert.Equal(FindingStatus.Fail, egress.Status);
        Assert.Equal(["payments/dns-only"], egress.Evidence.Policies.ToArray());
    }

    [Fact]
    public void Rules_of_a_direction_the_policy_does_not_affect_do_not_matter()
    {
        // The egress rule is ignored (policyTypes lists only Ingress): ingress is denied, egress is open.
        var manifests = Payments + Policy("payments", "deny-in", """
            podSelector: {}
            policyTypes: [Ingress]
            egress: [{}]
            """);

        Assert.Equal(FindingStatus.Pass, Single(IngressOnly, manifests).Status);
        Assert.Equal(FindingStatus.Fail, Single(EgressOnly, manifests).Status);
    }

    [Fact]
    public void Every_namespace_of_the_zones_is_judged_on_its_own_policies()
    {
        var findings = Evaluate("""
            type: default-deny
            zones: [cde, dmz]
            """, Payments + Namespace("web", "dmz") + Namespace("vault", "cde") + DefaultDeny("payments") + DefaultDeny("web", "[Ingress]"));

        Assert.Equal(["namespace payments", "namespace vault", "namespace web"], findings.Select(f => f.Subject));
        Assert.Equal(FindingStatus.Pass, findings.About("namespace payments").Status);

        // An empty namespace of the zone has no baseline for pods it may get.
        Assert.Equal(FindingStatus.Fail, findings.About("namespace vault").Status);
        Assert.Empty(findings.About("namespace vault").Evidence.Policies);
        Assert.StartsWith("namespace web has no default-deny policy for egress:", findings.About("namespace web").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Zones_without_namespaces_are_not_applicable()
    {
        var finding = Single("""
            type: default-deny
            zones: [clearinghouse]
            """, Payments + DefaultDeny("payments"));

        Assert.Equal(FindingStatus.NotApplicable, finding.Status);
        Assert.Contains("clearinghouse", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parameter_errors_name_the_line_and_column()
    {
        var direction = Assert.Single(Errors("""
            type: default-deny
            zones: [cde]
            direction: sideways
            """));
        Assert.Equal("expected ingress, egress or both, found 'sideways'", direction.Message);
        Assert.Equal((CheckLine + 2, 16), (direction.Location!.Line, direction.Location.Column));
        Assert.Equal("controls[0].checks[0].direction", direction.FieldPath);

        var unknown = Assert.Single(Errors("""
            type: default-deny
            zones: [cde]
            ports: ["TCP 443"]
            """));
        Assert.StartsWith("unknown field 'ports'; expected type, zones, direction", unknown.Message, StringComparison.Ordinal);
        Assert.Equal(CheckLine + 2, unknown.Location!.Line);

        var zone = Assert.Single(Errors("""
            type: default-deny
            zones: [pci]
            """));
        Assert.StartsWith("zone 'pci' is not in the scope (built-in)", zone.Message, StringComparison.Ordinal);
        Assert.Equal((CheckLine + 1, 13), (zone.Location!.Line, zone.Location.Column));
    }
}
