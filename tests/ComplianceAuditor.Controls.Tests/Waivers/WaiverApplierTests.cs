using System.Text;
using ComplianceAuditor.Controls.Evaluation;
using ComplianceAuditor.Controls.Scope;
using ComplianceAuditor.Controls.Tests.Evaluation;
using ComplianceAuditor.Controls.Waivers;
using ComplianceAuditor.Engine.Labels;
using ComplianceAuditor.Engine.Ports;

namespace ComplianceAuditor.Controls.Tests.Waivers;

/// <summary>
/// A finding is waived only when every offending item it found is covered by a waiver of its own
/// control; a waiver never covers what the finding did not retain.
/// </summary>
public class WaiverApplierTests
{
    /// <summary>Two out-of-scope pods (report, batch) reach the CDE database: one finding, two flows.</summary>
    private static readonly string TwoFlows = Clusters.Cde + """

        ---
        apiVersion: v1
        kind: Pod
        metadata: {name: batch, namespace: analytics, labels: {app: batch}}
        status: {podIP: 10.0.1.2}
        """;

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

    private static FlowWaiverTarget Flow(string from, string to) => new(from, to, ProtocolPortSet.All);

    private static Finding Isolation(AuditResult result) =>
        result.Frameworks.Single().Controls.Single(c => c.Control.Id == "iso").Findings.Single();

    [Fact]
    public void Partial_coverage_stays_fail_with_the_waived_flows_listed_apart()
    {
        var result = Clusters.Audit(TwoFlows, Clusters.Catalog, Waiver("W-1", "test/iso", Flow("analytics/report", "payments/db-0")));

        var finding = Isolation(result);
        Assert.Equal(FindingStatus.Fail, finding.Status);
        Assert.Null(finding.WaivedBy);
        Assert.Equal(["analytics/batch"], finding.Evidence.Flows.Select(f => f.Source));
        Assert.Equal(["analytics/report"], finding.Evidence.WaivedFlows.Select(f => f.Source));
        Assert.Equal(1, finding.Evidence.Total);
        Assert.Equal(0, result.Frameworks.Single().Controls.Single(c => c.Control.Id == "iso").Score);
        var applied = Assert.Single(result.Waivers.Applied);
        Assert.Equal(("W-1", 0, 1), (applied.Waiver.Id, applied.Findings, applied.Flows));
        Assert.Empty(result.Waivers.Unused);
    }

    [Fact]
    public void Two_waivers_that_together_cover_every_flow_waive_the_finding()
    {
        var result = Clusters.Audit(
            TwoFlows,
            Clusters.Catalog,
            Waiver("W-1", "test/iso", Flow("analytics/report", "payments/db-0")),
            Waiver("W-2", "test/iso", Flow("analytics/batch", "payments/*")));

        var finding = Isolation(result);
        Assert.Equal(FindingStatus.Waived, finding.Status);
        Assert.Empty(finding.Evidence.Flows);
        Assert.Equal(["analytics/report", "analytics/batch"], finding.Evidence.WaivedFlows.Select(f => f.Source));
        Assert.Equal(0, finding.Evidence.Total);
    }

    [Theory]
    [InlineData("test/deny")]
    [InlineData("test/is")]
    [InlineData("tes/iso")]
    [InlineData("other/iso")]
    public void A_waiver_for_another_control_never_waives_this_one(string control)
    {
        var result = Clusters.Audit(TwoFlows, Clusters.Catalog, Waiver("W-1", control, Flow("analytics/*", "payments/*")), Waiver("W-2", control, new NamespaceWaiverTarget("payments")));

        var finding = Isolation(result);
        Assert.Equal(FindingStatus.Fail, finding.Status);
        Assert.Equal(2, finding.Evidence.Flows.Length);
        Assert.Empty(finding.Evidence.WaivedFlows);
        Assert.Contains("W-1", result.Waivers.Unused.Select(w => w.Id));
    }

    [Fact]
    public void A_flow_waiver_does_not_cover_flows_on_ports_beyond_its_own()
    {
        var result = Clusters.Audit(TwoFlows, Clusters.Catalog, Waiver("W-1", "test/iso", new FlowWaiverTarget("analytics/*", "payments/*", ProtocolPortSet.Of(Protocol.UDP, PortSet.Of(5432)))));

        Assert.Equal(FindingStatus.Fail, Isolation(result).Status);
        Assert.Equal(["W-1"], result.Waivers.Unused.Select(w => w.Id));
    }

    [Fact]
    public void A_waiver_never_clears_flows_the_finding_counted_but_did_not_retain()
    {
        var context = new AuditContext(Clusters.Load(TwoFlows), ScopeDefinition.Default, Clusters.AuditTime);
        var seen = new FlowEvidence("analytics/report", "payments/db-0", ProtocolPortSet.Of(Protocol.TCP, PortSet.Of(5432)));
        var finding = new Finding { Status = FindingStatus.Fail, Subject = "namespace payments", Namespace = "payments", Message = "2 flows", Evidence = new Evidence { Flows = [seen], Total = 2 } };
        var applier = new WaiverApplier(context, [Waiver("W-1", "test/iso", Flow("analytics/*", "payments/*"))]);

        var after = applier.Apply("test/iso", finding);

        Assert.Equal(FindingStatus.Fail, after.Status);
        Assert.Null(after.WaivedBy);
        Assert.Equal(1, after.Evidence.Total);
        Assert.Equal([seen], after.Evidence.WaivedFlows.ToArray());
    }

    [Fact]
    public void A_pods_waiver_never_clears_pods_beyond_the_ones_listed()
    {
        var context = new AuditContext(Clusters.Load(TwoFlows), ScopeDefinition.Default, Clusters.AuditTime);
        var finding = new Finding
        {
            Status = FindingStatus.Fail,
            Subject = "namespace analytics",
            Namespace = "analytics",
            Message = "3 pods are not isolated",
            Evidence = new Evidence { Pods = ["analytics/batch", "analytics/report"], Total = 3 },
        };
        var applier = new WaiverApplier(context, [Waiver("W-1", "test/cov", new PodsWaiverTarget("analytics", LabelSelector.Empty))]);

        var after = applier.Apply("test/cov", finding);

        Assert.Equal(FindingStatus.Fail, after.Status);
        Assert.Empty(after.Evidence.Pods);
        Assert.Equal(1, after.Evidence.Total);
    }

    [Fact]
    public void Only_failed_findings_are_waived_never_not_evaluated_ones()
    {
        var context = new AuditContext(Clusters.Load(TwoFlows), ScopeDefinition.Default, Clusters.AuditTime);
        var finding = new Finding { Status = FindingStatus.NotEvaluated, Subject = "namespace payments", Namespace = "payments", Message = "partial" };
        var applier = new WaiverApplier(context, [Waiver("W-1", "test/iso", new NamespaceWaiverTarget("payments"))]);

        Assert.Equal(FindingStatus.NotEvaluated, applier.Apply("test/iso", finding).Status);
        Assert.Equal(["W-1"], applier.Report().Unused.Select(w => w.Id));
    }

    [Fact]
    public void Flows_shown_after_a_partial_waiver_name_the_rules_that_allow_them()
    {
        var result = Clusters.Audit(ManyFlows(Evidence.ShownItems + 10), Clusters.Catalog);
        var flows = Isolation(result).Evidence.Flows;
        Assert.Equal(Evidence.ShownItems + 11, flows.Length);
        var waivers = flows.Take(10).Select((f, i) => Waiver($"W-{i}", "test/iso", Flow(f.Source, f.Destination))).ToArray();

        var after = Isolation(Auditor.Run(result.Context, [Clusters.Catalog_(Clusters.Catalog)], waivers));

        Assert.Equal(FindingStatus.Fail, after.Status);
        Assert.Equal(Evidence.ShownItems + 1, after.Evidence.Flows.Length);
        Assert.All(after.Evidence.Flows.Take(Evidence.ShownItems), f => Assert.Equal(["payments/db ingress[1] from[0]"], f.AllowedBy.Where(r => !r.Contains("not isolated", StringComparison.Ordinal))));
    }

    /// <summary>The CDE cluster with <paramref name="count"/> more out-of-scope pods reaching the database.</summary>
    private static string ManyFlows(int count)
    {
        var text = new StringBuilder(Clusters.Cde);
        for (var i = 0; i < count; i++)
        {
            text.Append(System.Globalization.CultureInfo.InvariantCulture, $"\n---\napiVersion: v1\nkind: Pod\nmetadata: {{name: job-{i:000}, namespace: analytics, labels: {{app: job}}}}\nstatus: {{podIP: 10.0.2.{i + 1}}}\n");
        }

        return text.ToString();
    }

    [Fact]
    public void Expired_waivers_are_listed_as_expired_and_never_as_unused_or_applied()
    {
        var expired = Waiver("W-old", "test/iso", Flow("analytics/*", "payments/*")) with { Expires = new DateOnly(2026, 11, 30) };
        var lastDay = Waiver("W-today", "test/deny", new NamespaceWaiverTarget("analytics")) with { Expires = DateOnly.FromDateTime(Clusters.AuditTime.UtcDateTime) };

        var result = Clusters.Audit(TwoFlows, Clusters.Catalog, expired, lastDay);

        Assert.Equal(FindingStatus.Fail, Isolation(result).Status);
        Assert.Equal(["W-old"], result.Waivers.Expired.Select(w => w.Id));
        Assert.Equal(["W-today"], result.Waivers.Applied.Select(a => a.Waiver.Id));
        Assert.Empty(result.Waivers.Unused);
    }
}
