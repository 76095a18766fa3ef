using ComplianceAuditor.Controls.Catalogs;
using ComplianceAuditor.Controls.Evaluation;
using ComplianceAuditor.Controls.Scope;
using ComplianceAuditor.Engine.Diagnostics;
using static ComplianceAuditor.Controls.Tests.Checks.CheckKit;
using static ComplianceAuditor.Controls.Tests.Checks.PolicyText;

namespace ComplianceAuditor.Controls.Tests.Checks;

/// <summary>
/// A Cilium policy in the input can allow or deny what NetworkPolicy alone decides: checks whose
/// answer comes from reachability must say not-evaluated (never pass or fail on it), while checks
/// about the NetworkPolicy objects and pods themselves still run. The Auditor makes that call.
/// </summary>
public class UnevaluatedPolicyTests
{
    /// <summary>Every check below fails on this cluster when nothing stops it.</summary>
    private static readonly string Cluster = Namespace("payments", "cde") + Namespace("web", "dmz")
        + Pod("payments", "api", "10.0.0.1", "app: api")
        + Pod("web", "frontend", "10.0.1.1", "app: frontend")
        + HostNetworkPod("payments", "agent")
        + Policy("payments", "api", "podSelector: {matchLabels: {app: api}}\ningress: [{}]");

    public static TheoryData<string> ReachabilityChecks => new()
    {
        "{type: pod-coverage, zones: [cde]}",
        "{type: zone-isolation, from: [dmz, untrusted], to: [cde]}",
        "{type: external-ingress, to: [cde]}",
        "{type: external-egress, from: [cde]}",
    };

    public static TheoryData<string> ObjectChecks => new()
    {
        "{type: namespace-has-policy, zones: [cde, dmz]}",
        "{type: default-deny, zones: [cde]}",
        "{type: host-network, zones: [cde]}",
    };

    [Theory]
    [MemberData(nameof(ReachabilityChecks))]
    public void A_reachability_check_fails_without_the_cilium_policy_and_is_not_evaluated_with_it(string check)
    {
        Assert.Equal(FindingStatus.Fail, Audit(check, Cluster).Status);

        var result = Audit(check, Cluster + CiliumPolicy("payments", "allow-world"));

        Assert.Equal(FindingStatus.NotEvaluated, result.Status);
        var finding = Assert.Single(result.Findings);
        Assert.Equal(("namespace payments", "payments"), (finding.Subject, finding.Namespace));
        Assert.Equal(Evidence.None, finding.Evidence);
        Assert.Equal(
            "1 policy object(s) the engine does not evaluate can allow or deny traffic NetworkPolicy alone decides: CiliumNetworkPolicy payments/allow-world",
            finding.Message);
    }

    [Theory]
    [MemberData(nameof(ObjectChecks))]
    public void A_check_about_objects_still_runs_beside_the_cilium_policy(string check)
    {
        var result = Audit(check, Cluster + CiliumPolicy("payments", "allow-world"));

        Assert.Equal(FindingStatus.Fail, result.Status);
        Assert.DoesNotContain(result.Findings, f => f.Status == FindingStatus.NotEvaluated);
    }

    [Theory]
    [InlineData("{type: pod-coverage, zones: [phi]}")]
    [InlineData("{type: zone-isolation, from: [dmz], to: [clearinghouse]}")]
    [InlineData("{type: external-egress, from: [phi]}")]
    public void A_reachability_check_whose_zones_are_empty_stays_not_applicable(string check)
    {
        // Zones are labels, which a Cilium policy does not change: an empty zone is known to be empty,
        // and must not count against the score as not-evaluated.
        var result = Audit(check, Cluster + CiliumPolicy("payments", "allow-world"));

        Assert.Equal(FindingStatus.NotApplicable, result.Status);
        Assert.StartsWith("no namespace", Assert.Single(result.Findings).Message, StringComparison.Ordinal);
    }

    private static CheckResult Audit(string check, string manifests)
    {
        var diagnostics = new DiagnosticBag();
        var catalog = CatalogLoader.Parse("catalog.yaml", CatalogText(check), ScopeDefinition.Default, diagnostics);
        Assert.True(catalog is not null, string.Join("\n", diagnostics.Items));
        var result = Auditor.Run(Context(manifests), [catalog], []);
        return Assert.Single(Assert.Single(Assert.Single(result.Frameworks).Controls).Checks);
    }
}
