using ComplianceAuditor.Controls.Evaluation;
using ComplianceAuditor.Engine.Model;
using static ComplianceAuditor.Controls.Tests.Checks.CheckKit;
using static ComplianceAuditor.Controls.Tests.Checks.PolicyYaml;

namespace ComplianceAuditor.Controls.Tests.Checks;

public class CoverageGapsCheckTests
{
    private const string Check = "type: coverage-gaps";

    private const string NotEvaluatedTail = "can allow or deny traffic but is not evaluated: reachability covers Kubernetes NetworkPolicy only";

    private static readonly string Cluster =
        Namespace("payments", "cde") + Namespace("analytics", "out-of-scope")
        + Pod("payments", "api", "10.0.0.1", "app: api")
        + Pod("analytics", "report", "10.0.1.1", "app: report")
        + Policy("payments", "api", """
            podSelector: {matchLabels: {app: api}}
            ingress:
            - from: [{ipBlock: {cidr: 203.0.113.0/24}}]
              ports: [{port: 8443}]
            """);

    [Fact]
    public void Clean_input_passes()
    {
        var finding = Single(Check, Cluster);

        Assert.Equal((FindingStatus.Pass, "input"), (finding.Status, finding.Subject));
        Assert.Equal("everything that decides reachability in the input was evaluated", finding.Message);
    }

    [Fact]
    public void Policy_objects_of_other_engines_are_not_evaluated_findings()
    {
        var cluster = Cluster
            + Foreign("cilium.io/v2", "CiliumNetworkPolicy", "l7-visibility", "payments")
            + Foreign("cilium.io/v2", "CiliumClusterwideNetworkPolicy", "host-firewall")
            + Foreign("crd.projectcalico.org/v1", "GlobalNetworkPolicy", "allow-dns")
            + Foreign("projectcalico.org/v3", "NetworkPolicy", "allow-monitoring", "analytics")
            + Foreign("policy.networking.k8s.io/v1alpha1", "AdminNetworkPolicy", "cluster-egress")
            + Foreign("policy.networking.k8s.io/v1alpha1", "BaselineAdminNetworkPolicy", "default");

        var findings = Evaluate(Check, cluster);

        Assert.All(findings, f => Assert.Equal(FindingStatus.NotEvaluated, f.Status));
        Assert.Equal(
            [
                "AdminNetworkPolicy cluster-egress", "BaselineAdminNetworkPolicy default", "CiliumClusterwideNetworkPolicy host-firewall",
                "CiliumNetworkPolicy payments/l7-visibility", "GlobalNetworkPolicy allow-dns", "NetworkPolicy analytics/allow-monitoring",
            ],
            findings.Select(f => f.Subject).Order(StringComparer.Ordinal));
        var cilium = findings.About("CiliumNetworkPolicy payments/l7-visibility");
        Assert.Equal($"CiliumNetworkPolicy payments/l7-visibility (cilium.io/v2) {NotEvaluatedTail}", cilium.Message);
        Assert.Equal(("payments", 1), (cilium.Namespace, cilium.Evidence.Total));
        Assert.Equal(["CiliumNetworkPolicy payments/l7-visibility"], cilium.Evidence.Objects.ToArray());
        Assert.Null(findings.About("AdminNetworkPolicy cluster-egress").Namespace);
        Assert.Equal(
            $"NetworkPolicy analytics/allow-monitoring (projectcalico.org/v3) {NotEvaluatedTail}",
            findings.About("NetworkPolicy analytics/allow-monitoring").Message);
    }

    [Fact]
    public void Other_custom_resources_of_those_groups_are_not_policies()
    {
        var cluster = Cluster + Foreign("cilium.io/v2", "CiliumEndpoint", "api", "payments") + Foreign("example.com/v1", "NetworkPolicy", "look-alike", "payments");

        Assert.Equal(FindingStatus.Pass, Single(Check, cluster).Status);
    }

    [Fact]
    public void Pods_without_an_ip_are_not_evaluated_while_policies_use_ip_blocks()
    {
        var cluster = Cluster + PodWithoutIp("payments", "worker-1", "app: worker") + PodWithoutIp("analytics", "batch-0") + PodWithoutIp("payments", "api-2", "app: api");

        var finding = Single(Check, cluster);

        Assert.Equal((FindingStatus.NotEvaluated, "pods without an IP"), (finding.Status, finding.Subject));
        Assert.Equal(
            "3 pod(s) have no recorded IP while policies use ipBlock: no ipBlock can match them, so their reachability as a source may be understated",
            finding.Message);
        Assert.Equal(["analytics/batch-0", "payments/api-2", "payments/worker-1"], finding.Evidence.Objects.ToArray());
        Assert.Equal(3, finding.Evidence.Total);
    }

    [Fact]
    public void Zones_limit_the_pods_without_an_ip_that_count()
    {
        var cluster = Cluster + PodWithoutIp("payments", "worker-1") + PodWithoutIp("analytics", "batch-0");

        var cde = Single(Check + "\nzones: [cde]", cluster);
        Assert.Equal(["payments/worker-1"], cde.Evidence.Objects.ToArray());
        Assert.Equal(FindingStatus.Pass, Single(Check + "\nzones: [dmz, cde]", Cluster + PodWithoutIp("analytics", "batch-0")).Status);
    }

    [Fact]
    public void Pods_without_an_ip_do_not_matter_when_no_policy_uses_ip_blocks()
    {
        var cluster = Namespace("payments", "cde") + PodWithoutIp("payments", "worker-1")
            + Policy("payments", "deny", "podSelector: {}\ningress:\n- from: [{podSelector: {}}]");

        Assert.Equal(FindingStatus.Pass, Single(Check, cluster).Status);

        // An egress rule of a policy that is not about egress allows nothing, ipBlock or not.
        var ignored = cluster + Policy("payments", "ingress-only", "podSelector: {}\npolicyTypes: [Ingress]\negress:\n- to: [{ipBlock: {cidr: 0.0.0.0/0}}]");
        Assert.Equal(FindingStatus.Pass, Single(Check, ignored).Status);
        var used = cluster + Policy("payments", "egress", "podSelector: {}\negress:\n- to: [{ipBlock: {cidr: 0.0.0.0/0}}]");
        Assert.Equal(["payments/worker-1"], Single(Check, used).Evidence.Objects.ToArray());
    }

    [Fact]
    public void Resources_a_partial_snapshot_lacks_are_not_evaluated_findings()
    {
        var snapshot = Snapshot(Cluster) with { Gaps = [new CoverageGap("networkpolicies.networking.k8s.io", "403 Forbidden")] };

        var finding = Assert.Single(Evaluate(Check, snapshot));

        Assert.Equal((FindingStatus.NotEvaluated, "resource networkpolicies.networking.k8s.io"), (finding.Status, finding.Subject));
        Assert.Equal("networkpolicies.networking.k8s.io was not read: 403 Forbidden", finding.Message);
        Assert.Equal(["networkpolicies.networking.k8s.io"], finding.Evidence.Objects.ToArray());
    }

    [Fact]
    public void An_audit_reports_the_gaps_themselves_rather_than_one_input_finding()
    {
        var snapshot = Snapshot(Cluster + Foreign("cilium.io/v2", "CiliumNetworkPolicy", "l7", "payments"))
            with { Gaps = [new CoverageGap("pods", "403 Forbidden")] };

        var findings = Audit(Check, snapshot);

        Assert.Equal(["resource pods", "CiliumNetworkPolicy payments/l7"], findings.Select(f => f.Subject));
    }

    [Fact]
    public void Zones_without_members_are_not_applicable_unless_resources_are_missing()
    {
        var cluster = Cluster + Foreign("cilium.io/v2", "CiliumNetworkPolicy", "l7", "payments");

        var finding = Single(Check + "\nzones: [clearinghouse]", cluster);
        Assert.Equal((FindingStatus.NotApplicable, "no namespace or pod is in clearinghouse"), (finding.Status, finding.Message));

        // Without the namespaces, no zone has members: that is a gap, not "not applicable".
        var partial = Snapshot(Cluster) with { Gaps = [new CoverageGap("namespaces", "403 Forbidden")] };
        Assert.Equal("resource namespaces", Assert.Single(Evaluate(Check + "\nzones: [clearinghouse]", partial)).Subject);
    }

    [Fact]
    public void Parameter_errors_name_their_place()
    {
        Assert.Equal([$"{CheckLine + 1}:12 controls[0].checks[0].zones: expected at least one entry"], ErrorsAt(Check + "\nzones: []"));
        Assert.StartsWith(
            $"{CheckLine + 1}:13 controls[0].checks[0].zones[0]: zone 'cluster' is not in the scope",
            Assert.Single(ErrorsAt(Check + "\nzones: [cluster]")),
            StringComparison.Ordinal);
        Assert.Equal(
            [$"{CheckLine + 1}:5 controls[0].checks[0].engines: unknown field 'engines'; expected type, zones"],
            ErrorsAt(Check + "\nengines: [cilium]"));
    }
}
