using ComplianceAuditor.Controls.Evaluation;
using static ComplianceAuditor.Controls.Tests.Checks.CheckKit;
using static ComplianceAuditor.Controls.Tests.Checks.PolicyText;

namespace ComplianceAuditor.Controls.Tests.Checks;

public class NamespaceHasPolicyCheckTests
{
    private const string Check = """
        type: namespace-has-policy
        zones: [cde, dmz]
        """;

    [Fact]
    public void A_namespace_with_any_policy_passes_and_names_its_policies()
    {
        var findings = Evaluate(Check, Namespace("payments", "cde") + Namespace("web", "dmz")
            + Pod("payments", "api", "10.0.0.1", "app: api")
            + DefaultDeny("payments")
            + Policy("payments", "api", """
                podSelector: {matchLabels: {app: api}}
                ingress: [{ports: [{port: 8443}]}]
                """)
            + Policy("web", "only-egress-dns", """
                podSelector: {matchLabels: {app: nothing-yet}}
                policyTypes: [Egress]
                """));

        Assert.Equal(["namespace payments", "namespace web"], findings.Select(f => f.Subject));
        var payments = findings.About("namespace payments");
        Assert.Equal(FindingStatus.Pass, payments.Status);
        Assert.Equal("payments", payments.Namespace);
        Assert.Equal("namespace payments has 2 NetworkPolicy object(s)", payments.Message);
        Assert.Equal(["payments/api", "payments/default-deny"], payments.Evidence.Policies.Order(StringComparer.Ordinal));

        // Any policy at all counts, even one that selects no pod: the check is about the namespace.
        var web = findings.About("namespace web");
        Assert.Equal(FindingStatus.Pass, web.Status);
        Assert.Equal(["web/only-egress-dns"], web.Evidence.Policies.ToArray());
    }

    [Fact]
    public void A_namespace_without_policy_fails_even_when_another_namespace_has_one()
    {
        var findings = Evaluate(Check, Namespace("payments", "cde") + Namespace("web", "dmz")
            + Pod("web", "frontend", "10.0.1.1", "app: frontend")
            + DefaultDeny("payments"));

        Assert.Equal(FindingStatus.Pass, findings.About("namespace payments").Status);
        var web = findings.About("namespace web");
        Assert.Equal(FindingStatus.Fail, web.Status);
        Assert.Equal("web", web.Namespace);
        Assert.Equal("namespace web has no NetworkPolicy: its pods accept and send any traffic", web.Message);
        Assert.Empty(web.Evidence.Policies);
    }

    [Fact]
    public void An_empty_namespace_of_the_zone_is_still_examined()
    {
        var finding = Single("""
            type: namespace-has-policy
            zones: [cde]
            """, Namespace("vault", "cde"));

        Assert.Equal(FindingStatus.Fail, finding.Status);
        Assert.Equal("namespace vault", finding.Subject);
    }

    [Fact]
    public void Namespaces_outside_the_zones_are_not_examined()
    {
        var findings = Evaluate(Check, Namespace("payments", "cde") + Namespace("analytics", "out-of-scope")
            + Pod("analytics", "report", "10.0.2.1") + DefaultDeny("payments"));

        Assert.Equal(["namespace payments"], findings.Select(f => f.Subject));
    }

    [Fact]
    public void A_policy_in_another_namespace_does_not_count()
    {
        var finding = Single("""
            type: namespace-has-policy
            zones: [cde]
            """, Namespace("payments", "cde") + Namespace("shared", "connected") + DefaultDeny("shared"));

        Assert.Equal(FindingStatus.Fail, finding.Status);
    }

    [Fact]
    public void Zones_without_namespaces_are_not_applicable()
    {
        var finding = Single("""
            type: namespace-has-policy
            zones: [clearinghouse, phi]
            """, Namespace("payments", "cde") + DefaultDeny("payments"));

        Assert.Equal(FindingStatus.NotApplicable, finding.Status);
        Assert.Equal("no namespace or pod is in clearinghouse, phi", finding.Message);
    }

    [Fact]
    public void A_pod_zone_examines_the_namespaces_where_it_has_members()
    {
        var findings = Evaluate("""
            type: namespace-has-policy
            zones: [chd]
            """, Namespace("payments", "cde") + Namespace("ledger", "cde")
            + Pod("payments", "db-0", "10.0.0.2", "compliance-auditor.io/data-store: chd")
            + Pod("ledger", "api", "10.0.0.3", "app: api"));

        var finding = Assert.Single(findings);
        Assert.Equal(("namespace payments", FindingStatus.Fail), (finding.Subject, finding.Status));
    }

    [Fact]
    public void Parameter_errors_name_the_line_and_column()
    {
        var unknown = Assert.Single(Errors("""
            type: namespace-has-policy
            zones: [cde]
            direction: ingress
            """));
        Assert.StartsWith("unknown field 'direction'; expected type, zones", unknown.Message, StringComparison.Ordinal);
        Assert.Equal((CheckLine + 2, 5), (unknown.Location!.Line, unknown.Location.Column));
        Assert.Equal("controls[0].checks[0].direction", unknown.FieldPath);

        var zone = Assert.Single(Errors("""
            type: namespace-has-policy
            zones: [cde, cdee]
            """));
        Assert.StartsWith("zone 'cdee' is not in the scope (built-in)", zone.Message, StringComparison.Ordinal);
        Assert.Equal((CheckLine + 1, 18, "controls[0].checks[0].zones[1]"), (zone.Location!.Line, zone.Location.Column, zone.FieldPath));

        var kind = Assert.Single(Errors("""
            type: namespace-has-policy
            zones: [untrusted]
            """));
        Assert.Equal("zone 'untrusted' is an address zone (cidrs); zones takes a workload zone (namespaces and pods)", kind.Message);

        var missing = Assert.Single(Errors("type: namespace-has-policy"));
        Assert.Equal("zones is required", missing.Message);

        var empty = Assert.Single(Errors("""
            type: namespace-has-policy
            zones: []
            """));
        Assert.Equal("expected at least one entry", empty.Message);
        Assert.Equal(CheckLine + 1, empty.Location!.Line);
    }
}
