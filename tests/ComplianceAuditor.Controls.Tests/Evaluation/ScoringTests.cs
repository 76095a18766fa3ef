using ComplianceAuditor.Controls.Evaluation;

namespace ComplianceAuditor.Controls.Tests.Evaluation;

/// <summary>Statuses and scores as controls/README.md defines them ("Statuses and scores").</summary>
public class ScoringTests
{
    private static Finding F(FindingStatus status, string? ns = null) => new() { Status = status, Subject = "s", Namespace = ns, Message = "m" };

    [Fact]
    public void Not_evaluated_counts_against_and_waived_and_not_applicable_are_left_out()
    {
        Assert.Equal(33.3, Scoring.Share([F(FindingStatus.Pass), F(FindingStatus.Fail), F(FindingStatus.NotEvaluated), F(FindingStatus.Waived), F(FindingStatus.NotApplicable)]));
        Assert.Equal(0, Scoring.Share([F(FindingStatus.NotEvaluated)]));
        Assert.Null(Scoring.Share([F(FindingStatus.Waived), F(FindingStatus.NotApplicable)]));
        Assert.Equal(66.7, Scoring.Share([F(FindingStatus.Pass), F(FindingStatus.Pass), F(FindingStatus.NotEvaluated)]));
    }

    [Fact]
    public void The_weighted_mean_leaves_out_controls_without_a_score()
    {
        Assert.Equal(76.9, Scoring.Weighted([(10, 100.0), (3, 0.0), (6, null)]));
        Assert.Null(Scoring.Weighted([(10, null)]));
    }

    [Theory]
    [InlineData(FindingStatus.Fail, new[] { FindingStatus.Pass, FindingStatus.Fail, FindingStatus.NotEvaluated, FindingStatus.Waived })]
    [InlineData(FindingStatus.NotEvaluated, new[] { FindingStatus.Pass, FindingStatus.Waived, FindingStatus.NotEvaluated, FindingStatus.NotApplicable })]
    [InlineData(FindingStatus.Waived, new[] { FindingStatus.Pass, FindingStatus.Waived, FindingStatus.NotApplicable })]
    [InlineData(FindingStatus.Pass, new[] { FindingStatus.NotApplicable, FindingStatus.Pass })]
    [InlineData(FindingStatus.NotApplicable, new[] { FindingStatus.NotApplicable })]
    public void A_control_takes_its_worst_status_across_checks(FindingStatus expected, FindingStatus[] statuses)
    {
        var control = Clusters.Catalog_(Clusters.Catalog).Controls[0];

        // One check per status, so the order holds across checks and not only within one.
        var result = new ControlResult(control, [.. statuses.Select(s => new CheckResult("t", [F(s)]))]);

        Assert.Equal(expected, result.Status);
    }

    private const string Catalog = """
        apiVersion: compliance-auditor.io/v1alpha1
        kind: ControlCatalog
        framework: {id: test, name: Test, version: "1"}
        controls:
        - id: deny
          title: Default deny
          description: d
          severity: critical
          checks:
          - {type: default-deny, zones: [cde]}
        - id: why
          title: Policies say why
          description: d
          severity: low
          checks:
          - {type: justification, zones: [cde]}
        """;

    private const string ExtraPolicy = """

        ---
        apiVersion: networking.k8s.io/v1
        kind: NetworkPolicy
        metadata: {name: api, namespace: payments}
        spec:
          podSelector: {matchLabels: {app: api}}
          egress:
          - to: [{podSelector: {matchLabels: {app: db}}}]
        """;

    [Fact]
    public void A_namespace_score_is_the_severity_weighted_mean_of_its_controls_scores()
    {
        var result = Clusters.Audit(Clusters.Cde + ExtraPolicy, Catalog);

        // deny (critical): one finding about payments, pass. why (low): two policies of payments
        // allow traffic without saying why, fail. Control scores for payments: 100 and 0, so
        // (10 x 100 + 1 x 0) / 11; many findings of a low control must not outweigh a critical one.
        var why = result.Frameworks.Single().Controls.Single(c => c.Control.Id == "why");
        Assert.Equal(2, why.Findings.Count(f => f.Namespace == "payments" && f.Status == FindingStatus.Fail));
        var payments = result.Namespaces.Single(n => n.Name == "payments");
        Assert.Equal((1, 2), (payments.Pass, payments.Fail));
        Assert.Equal(90.9, payments.Score);
        Assert.Equal(90.9, result.Frameworks.Single().Score);
    }

    [Fact]
    public void A_namespace_with_only_waived_or_not_applicable_findings_has_no_score()
    {
        var waiver = new Controls.Waivers.Waiver
        {
            Id = "W",
            Control = "test/deny",
            Target = new Controls.Waivers.NamespaceWaiverTarget("analytics"),
            Justification = "j",
            Approver = "a",
            Ticket = "t",
            Expires = new DateOnly(2027, 1, 31),
        };

        var result = Clusters.Audit(Clusters.Cde, Clusters.Catalog, waiver);

        var analytics = result.Namespaces.Single(n => n.Name == "analytics");
        Assert.Equal((0, 0, 1), (analytics.Pass, analytics.Fail, analytics.Waived));
        Assert.Null(analytics.Score);
    }
}
