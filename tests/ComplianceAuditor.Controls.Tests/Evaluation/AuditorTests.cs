using ComplianceAuditor.Controls.Evaluation;
using ComplianceAuditor.Controls.Waivers;
using ComplianceAuditor.Engine.Labels;
using ComplianceAuditor.Engine.Ports;

namespace ComplianceAuditor.Controls.Tests.Evaluation;

public class AuditorTests
{
    private static ControlResult Control(AuditResult result, string id) =>
        result.Frameworks.Single().Controls.Single(c => c.Control.Id == id);

    [Fact]
    public void Statuses_and_scores_follow_the_findings()
    {
        var result = Clusters.Audit(Clusters.Cde, Clusters.Catalog);

        var isolation = Control(result, "iso");
        Assert.Equal(FindingStatus.Fail, isolation.Status);
        var finding = Assert.Single(isolation.Findings);
        Assert.Equal("namespace payments", finding.Subject);
        var flow = Assert.Single(finding.Evidence.Flows);
        Assert.Equal(("analytics/report", "payments/db-0", "TCP 5432"), (flow.Source, flow.Destination, flow.Ports.ToString()));
        Assert.Equal(["analytics/report is not isolated for egress", "payments/db ingress[1] from[0]"], flow.AllowedBy.ToArray());
        Assert.Equal(0, isolation.Score);

        var deny = Control(result, "deny");
        Assert.Equal(FindingStatus.Fail, deny.Status);
        Assert.Equal(50, deny.Score);
        Assert.Equal(FindingStatus.NotApplicable, Control(result, "clearing").Status);
        Assert.Null(Control(result, "clearing").Score);

        // Weighted: critical 10 x 0 + medium 3 x 50, over 13; the not-applicable control is left out.
        Assert.Equal(11.5, result.Frameworks.Single().Score);
    }

    [Fact]
    public void Namespace_scores_weigh_the_findings_about_each_namespace()
    {
        var result = Clusters.Audit(Clusters.Cde, Clusters.Catalog);

        var payments = result.Namespaces.Single(n => n.Name == "payments");
        Assert.Equal(["cde", "chd"], payments.Zones.ToArray());
        Assert.Equal((1, 1), (payments.Pass, payments.Fail));
        Assert.Equal(23.1, payments.Score);
        var analytics = result.Namespaces.Single(n => n.Name == "analytics");
        Assert.Equal(0, analytics.Score);
    }

    [Fact]
    public void A_partial_snapshot_makes_every_check_not_evaluated_never_pass()
    {
        var snapshot = Clusters.Load(Clusters.Cde) with { Gaps = [new Engine.Model.CoverageGap("networkpolicies.networking.k8s.io", "403 Forbidden")] };

        var result = Auditor.Run(new AuditContext(snapshot, Scope.ScopeDefinition.Default, Clusters.AuditTime), [Clusters.Catalog_(Clusters.Catalog)], []);

        Assert.All(result.Frameworks.Single().Controls, c => Assert.Equal(FindingStatus.NotEvaluated, c.Status));
        Assert.All(Control(result, "deny").Findings, f => Assert.Contains("networkpolicies.networking.k8s.io was not read (403 Forbidden)", f.Message, StringComparison.Ordinal));
        Assert.All(result.Namespaces.Where(n => !n.Zones.IsEmpty), n => Assert.Equal(0, n.Score));
        Assert.Equal(0, result.Frameworks.Single().Score);
    }

    [Fact]
    public void Unevaluated_policy_objects_make_reachability_checks_not_evaluated_but_not_object_checks()
    {
        var snapshot = Clusters.Load(Clusters.Cde) with { Unevaluated = [new Engine.Model.UnevaluatedObject("crd.projectcalico.org/v1", "GlobalNetworkPolicy", string.Empty, "allow-all")] };

        var result = Auditor.Run(new AuditContext(snapshot, Scope.ScopeDefinition.Default, Clusters.AuditTime), [Clusters.Catalog_(Clusters.Catalog)], []);

        Assert.Equal(FindingStatus.NotEvaluated, Control(result, "iso").Status);
        Assert.Contains("GlobalNetworkPolicy allow-all", Control(result, "iso").Findings.Single().Message, StringComparison.Ordinal);
        Assert.Equal(FindingStatus.Fail, Control(result, "deny").Status);

        // The namespace the uncertain check examined says so in its own counts and score.
        var payments = result.Namespaces.Single(n => n.Name == "payments");
        Assert.True(payments.NotEvaluated > 0, payments.ToString());
    }

    [Fact]
    public void A_flow_waiver_covering_every_offending_flow_waives_the_finding()
    {
        var waiver = Waiver("W-1", "test/iso", new FlowWaiverTarget("analytics/*", "payments/db-0", ProtocolPortSet.Of(Protocol.TCP, PortSet.Range(5000, 6000))));

        var result = Clusters.Audit(Clusters.Cde, Clusters.Catalog, waiver);

        var finding = Control(result, "iso").Findings.Single();
        Assert.Equal(FindingStatus.Waived, finding.Status);
        Assert.Equal("W-1", finding.WaivedBy);
        Assert.Single(finding.Evidence.WaivedFlows);
        Assert.Empty(finding.Evidence.Flows);
        Assert.Null(Control(result, "iso").Score);
        var applied = Assert.Single(result.Waivers.Applied);
        Assert.Equal((1, 1), (applied.Findings, applied.Flows));
    }

    [Fact]
    public void A_waiver_on_other_ports_covers_nothing_and_is_reported_unused()
    {
        var waiver = Waiver("W-2", "test/iso", new FlowWaiverTarget("analytics/report", "payments/db-0", ProtocolPortSet.Of(Protocol.TCP, PortSet.Of(443))));

        var result = Clusters.Audit(Clusters.Cde, Clusters.Catalog, waiver);

        Assert.Equal(FindingStatus.Fail, Control(result, "iso").Status);
        Assert.Equal(["W-2"], result.Waivers.Unused.Select(w => w.Id));
    }

    [Fact]
    public void An_expired_waiver_does_not_apply_and_is_listed()
    {
        var waiver = Waiver("W-3", "test/iso", new NamespaceWaiverTarget("payments")) with { Expires = new DateOnly(2026, 11, 30) };

        var result = Clusters.Audit(Clusters.Cde, Clusters.Catalog, waiver);

        Assert.Equal(FindingStatus.Fail, Control(result, "iso").Status);
        Assert.Equal(["W-3"], result.Waivers.Expired.Select(w => w.Id));
        Assert.Empty(result.Waivers.Unused);
    }

    [Fact]
    public void A_namespace_waiver_covers_only_its_control()
    {
        var waiver = Waiver("W-4", "test/deny", new NamespaceWaiverTarget("analytics"));

        var result = Clusters.Audit(Clusters.Cde, Clusters.Catalog, waiver);

        Assert.Equal(FindingStatus.Waived, Control(result, "deny").Findings.Single(f => f.Namespace == "analytics").Status);
        Assert.Equal(FindingStatus.Waived, Control(result, "deny").Status);
        Assert.Equal(100, Control(result, "deny").Score);
        Assert.Equal(FindingStatus.Fail, Control(result, "iso").Status);
    }

    [Fact]
    public void A_pods_waiver_removes_the_flows_to_those_pods()
    {
        var waiver = Waiver("W-5", "test/iso", new PodsWaiverTarget("payments", LabelSelector.MatchingLabels(("app", "db"))));

        var result = Clusters.Audit(Clusters.Cde, Clusters.Catalog, waiver);

        Assert.Equal(FindingStatus.Waived, Control(result, "iso").Status);
    }

    private static Waiver Waiver(string id, string control, WaiverTarget target) => new()
    {
        Id = id,
        Control = control,
        Target = target,
        Justification = "accepted",
        Approver = "risk@example.com",
        Ticket = "RISK-1",
        Expires = new DateOnly(2027, 6, 30),
    };
}
