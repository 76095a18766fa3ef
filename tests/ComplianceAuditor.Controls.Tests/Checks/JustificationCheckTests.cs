using ComplianceAuditor.Controls.Evaluation;
using static ComplianceAuditor.Controls.Tests.Checks.CheckKit;
using static ComplianceAuditor.Controls.Tests.Checks.PolicyYaml;

namespace ComplianceAuditor.Controls.Tests.Checks;

public class JustificationCheckTests
{
    private const string Check = "type: justification\nzones: [cde]";

    private const string DbSpec = """
        podSelector: {matchLabels: {app: db}}
        ingress:
        - from: [{podSelector: {matchLabels: {app: api}}}]
          ports: [{port: 5432}]
        """;

    private static readonly string Cluster =
        Namespace("payments", "cde") + Namespace("analytics", "out-of-scope")
        + Pod("payments", "api", "10.0.0.1", "app: api")
        + Pod("payments", "db-0", "10.0.0.2", "app: db")
        + Pod("analytics", "report", "10.0.1.1", "app: report")
        + Policy("payments", "default-deny", "podSelector: {}\npolicyTypes: [Ingress, Egress]");

    private static Finding Db(string? annotations, string check = Check) =>
        Single(check, Cluster + Policy("payments", "db", DbSpec, annotations));

    [Fact]
    public void A_policy_that_says_why_it_allows_traffic_passes()
    {
        var finding = Db("compliance-auditor.io/justification: \"  Checkout API stores card tokens (CHG-2231) \"");

        Assert.Equal(FindingStatus.Pass, finding.Status);
        Assert.Equal(("policy payments/db", "payments", "payments/db"), (finding.Subject, finding.Namespace, finding.Policy));
        Assert.Equal("policy payments/db is justified: Checkout API stores card tokens (CHG-2231)", finding.Message);
    }

    [Fact]
    public void A_policy_without_the_annotation_fails()
    {
        var finding = Db(null);

        Assert.Equal(FindingStatus.Fail, finding.Status);
        Assert.Equal("policy payments/db allows traffic but has no compliance-auditor.io/justification annotation saying why", finding.Message);
        Assert.Equal(["payments/db"], finding.Evidence.Policies.ToArray());
    }

    [Theory]
    [InlineData("\"\"")]
    [InlineData("\"   \"")]
    [InlineData("\"\\t\"")]
    public void An_empty_or_blank_justification_fails(string value)
    {
        var finding = Db($"compliance-auditor.io/justification: {value}");

        Assert.Equal(FindingStatus.Fail, finding.Status);
        Assert.Equal("policy payments/db allows traffic but has no compliance-auditor.io/justification annotation saying why", finding.Message);
    }

    [Fact]
    public void A_justification_under_another_key_does_not_count()
    {
        Assert.Equal(FindingStatus.Fail, Db("compliance-auditor.io/owner: team-payments, description: database access").Status);
    }

    [Fact]
    public void Policies_that_only_deny_need_no_justification()
    {
        var cluster = Cluster + Policy("payments", "db", """
            podSelector: {matchLabels: {app: db}}
            policyTypes: [Ingress]
            egress:
            - to: [{ipBlock: {cidr: 0.0.0.0/0}}]
            """);

        var finding = Single(Check, cluster);

        // default-deny has no rule; db's egress rule counts for nothing, as db is not isolated for egress.
        Assert.Equal((FindingStatus.Pass, "zones cde"), (finding.Status, finding.Subject));
        Assert.Equal("no NetworkPolicy with allow rules selects pods in cde", finding.Message);
    }

    [Fact]
    public void Each_allowing_policy_of_the_zones_gets_a_finding_and_others_are_ignored()
    {
        var cluster = Cluster
            + Policy("payments", "db", DbSpec, "compliance-auditor.io/justification: Checkout reads card tokens")
            + Policy("payments", "api-egress", "podSelector: {matchLabels: {app: api}}\negress:\n- to: [{podSelector: {matchLabels: {app: db}}}]")
            + Policy("analytics", "open", "podSelector: {}\ningress:\n- {}");

        var findings = Evaluate(Check, cluster);

        Assert.Equal(["policy payments/api-egress", "policy payments/db"], findings.Select(f => f.Subject).Order(StringComparer.Ordinal));
        Assert.Equal(FindingStatus.Fail, findings.About("policy payments/api-egress").Status);
        Assert.Equal(FindingStatus.Pass, findings.About("policy payments/db").Status);
    }

    [Fact]
    public void A_custom_annotation_is_the_only_one_read()
    {
        const string Custom = Check + "\nannotation: compliance-auditor.io/reason";

        var withDefault = Db("compliance-auditor.io/justification: Checkout reads card tokens", Custom);
        Assert.Equal("policy payments/db allows traffic but has no compliance-auditor.io/reason annotation saying why", withDefault.Message);
        Assert.Equal(FindingStatus.Pass, Db("compliance-auditor.io/reason: Checkout reads card tokens", Custom).Status);
        Assert.Equal(FindingStatus.Pass, Db("kubernetes.io/description: Checkout reads card tokens", Check + "\nannotation: kubernetes.io/description").Status);
    }

    [Fact]
    public void Zones_without_members_are_not_applicable()
    {
        var finding = Single("type: justification\nzones: [phi, clearinghouse]", Cluster + Policy("payments", "db", DbSpec));

        Assert.Equal(FindingStatus.NotApplicable, finding.Status);
        Assert.Equal("no namespace or pod is in phi, clearinghouse", finding.Message);
    }

    [Fact]
    public void Parameter_errors_name_their_place()
    {
        Assert.Equal(
            [$"{CheckLine + 2}:17 controls[0].checks[0].annotation: annotation 'example.com/why' is not kept when objects are read; use a key under compliance-auditor.io/"],
            ErrorsAt(Check + "\nannotation: example.com/why"));
        Assert.Equal(
            [$"{CheckLine + 2}:17 controls[0].checks[0].annotation: expected a non-empty string, found a list"],
            ErrorsAt(Check + "\nannotation: [compliance-auditor.io/why]"));
        Assert.StartsWith(
            $"{CheckLine + 2}:5 controls[0].checks[0].annotations: unknown field 'annotations'",
            Assert.Single(ErrorsAt(Check + "\nannotations: compliance-auditor.io/why")),
            StringComparison.Ordinal);
        Assert.StartsWith(
            $"{CheckLine + 1}:13 controls[0].checks[0].zones[0]: zone 'PHI' is not in the scope",
            Assert.Single(ErrorsAt("type: justification\nzones: [PHI]")),
            StringComparison.Ordinal);
    }
}
