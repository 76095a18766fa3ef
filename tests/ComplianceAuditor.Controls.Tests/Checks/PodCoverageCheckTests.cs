using ComplianceAuditor.Controls.Evaluation;
using static ComplianceAuditor.Controls.Tests.Checks.CheckKit;
using static ComplianceAuditor.Controls.Tests.Checks.PolicyText;

namespace ComplianceAuditor.Controls.Tests.Checks;

public class PodCoverageCheckTests
{
    private const string Both = """
        type: pod-coverage
        zones: [cde]
        """;

    private const string IngressOnly = """
        type: pod-coverage
        zones: [cde]
        direction: ingress
        """;

    private static readonly string Payments = Namespace("payments", "cde")
        + Pod("payments", "api", "10.0.0.1", "app: api")
        + Pod("payments", "db-0", "10.0.0.2", "app: db");

    private static readonly string ApiPolicy = Policy("payments", "api", """
        podSelector: {matchLabels: {app: api}}
        policyTypes: [Ingress, Egress]
        ingress: [{ports: [{port: 8443}]}]
        """);

    [Fact]
    public void A_default_deny_covers_every_pod_and_passes()
    {
        var finding = Single(Both, Payments + DefaultDeny("payments"));

        Assert.Equal(FindingStatus.Pass, finding.Status);
        Assert.Equal(("namespace payments", "payments"), (finding.Subject, finding.Namespace));
        Assert.Equal("all 2 pod(s) and workload(s) of namespace payments are isolated for ingress and egress", finding.Message);
    }

    [Fact]
    public void A_pod_no_policy_selects_fails_and_is_listed()
    {
        var finding = Single(Both, Payments + ApiPolicy);

        Assert.Equal(FindingStatus.Fail, finding.Status);
        Assert.Equal(["payments/db-0"], finding.Evidence.Pods.ToArray());
        Assert.Equal(1, finding.Evidence.Total);
        Assert.Equal(
            "1 of 2 pod(s) and workload(s) of namespace payments are not isolated (1 for ingress, 1 for egress): no NetworkPolicy selects them for that direction",
            finding.Message);
    }

    [Fact]
    public void Isolation_is_judged_per_direction()
    {
        // Selected for egress only: isolated for egress, open for ingress.
        var manifests = Payments + DefaultDeny("payments", "[Egress]");

        Assert.Equal(FindingStatus.Pass, Single("""
            type: pod-coverage
            zones: [cde]
            direction: egress
            """, manifests).Status);
        var ingress = Single(IngressOnly, manifests);
        Assert.Equal(FindingStatus.Fail, ingress.Status);
        Assert.Equal(["payments/api", "payments/db-0"], ingress.Evidence.Pods.ToArray());
        Assert.Contains("(2 for ingress)", ingress.Message, StringComparison.Ordinal);

        var both = Single(Both, manifests);
        Assert.Equal(2, both.Evidence.Total);
        Assert.Contains("(2 for ingress)", both.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_pod_open_in_one_direction_only_is_listed_once()
    {
        var finding = Single(Both, Payments + DefaultDeny("payments", "[Ingress]") + ApiPolicy);

        Assert.Equal(["payments/db-0"], finding.Evidence.Pods.ToArray());
        Assert.Contains("1 of 2 pod(s) and workload(s) of namespace payments are not isolated (1 for egress)", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_policy_with_rules_still_isolates_the_pods_it_selects()
    {
        // Coverage is isolation, not denial: an allow-all-on-8443 policy isolates the api pod.
        var finding = Single(IngressOnly, Payments + ApiPolicy);

        Assert.Equal(["payments/db-0"], finding.Evidence.Pods.ToArray());
    }

    [Fact]
    public void A_workload_not_yet_rolled_out_counts_as_a_pod()
    {
        var manifests = Payments + Workload("Deployment", "payments", "settlement", "app: settlement")
            + Policy("payments", "existing-pods", """
                podSelector: {matchExpressions: [{key: app, operator: In, values: [api, db]}]}
                policyTypes: [Ingress]
                """);

        var finding = Single(IngressOnly, manifests);

        Assert.Equal(FindingStatus.Fail, finding.Status);
        Assert.Equal(["payments/settlement[Deployment]"], finding.Evidence.Pods.ToArray());
        Assert.StartsWith("1 of 3 pod(s) and workload(s) of namespace payments are not isolated", finding.Message, StringComparison.Ordinal);

        // Once a policy selects its template's labels, it is covered before it runs.
        Assert.Equal(FindingStatus.Pass, Single(IngressOnly, manifests + DefaultDeny("payments", "[Ingress]")).Status);
    }

    [Fact]
    public void Pods_in_other_namespaces_and_other_pods_of_a_pod_zone_are_not_examined()
    {
        var manifests = Payments + Namespace("analytics", "out-of-scope") + Pod("analytics", "report", "10.0.1.1")
            + Pod("payments", "ledger-0", "10.0.0.3", "app: ledger, compliance-auditor.io/data-store: chd")
            + Policy("payments", "ledger", """
                podSelector: {matchLabels: {app: ledger}}
                policyTypes: [Ingress]
                """);

        var chd = Single("""
            type: pod-coverage
            zones: [chd]
            direction: ingress
            """, manifests);
        Assert.Equal(FindingStatus.Pass, chd.Status);
        Assert.Equal("all 1 pod(s) and workload(s) of namespace payments are isolated for ingress", chd.Message);

        var cde = Single(IngressOnly, manifests);
        Assert.Equal(["payments/api", "payments/db-0"], cde.Evidence.Pods.ToArray());
    }

    [Fact]
    public void A_namespace_without_pods_passes_and_says_so()
    {
        var finding = Single(Both, Namespace("vault", "cde"));

        Assert.Equal(FindingStatus.Pass, finding.Status);
        Assert.Equal("namespace vault has no pod or workload of cde to isolate", finding.Message);
    }

    [Fact]
    public void Host_network_and_finished_pods_are_not_peers_to_cover()
    {
        var finding = Single(Both, Namespace("payments", "cde") + HostNetworkPod("payments", "agent") + FinishedPod("payments", "migrate"));

        Assert.Equal(FindingStatus.Pass, finding.Status);
        Assert.StartsWith("namespace payments has no pod or workload", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Zones_without_namespaces_are_not_applicable()
    {
        var finding = Single("""
            type: pod-coverage
            zones: [phi, clearinghouse]
            """, Payments);

        Assert.Equal(FindingStatus.NotApplicable, finding.Status);
        Assert.Equal("no namespace or pod is in phi, clearinghouse", finding.Message);
    }

    [Fact]
    public void Parameter_errors_name_the_line_and_column()
    {
        var direction = Assert.Single(Errors("""
            type: pod-coverage
            zones: [cde]
            direction: [ingress]
            """));
        Assert.Equal("controls[0].checks[0].direction", direction.FieldPath);
        Assert.Equal((CheckLine + 2, 16), (direction.Location!.Line, direction.Location.Column));

        var unknown = Assert.Single(Errors("""
            type: pod-coverage
            zone: [cde]
            """), e => e.Message.StartsWith("unknown field", StringComparison.Ordinal));
        Assert.StartsWith("unknown field 'zone'; expected type, zones, direction", unknown.Message, StringComparison.Ordinal);
        Assert.Equal((CheckLine + 1, 5), (unknown.Location!.Line, unknown.Location.Column));

        var zone = Assert.Single(Errors("""
            type: pod-coverage
            zones: [untrusted-net]
            """));
        Assert.StartsWith("zone 'untrusted-net' is not in the scope", zone.Message, StringComparison.Ordinal);
    }
}
