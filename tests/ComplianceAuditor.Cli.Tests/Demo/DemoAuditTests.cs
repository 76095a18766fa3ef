using System.Globalization;
using System.Text.Json;
using ComplianceAuditor.TestSupport.Golden;

namespace ComplianceAuditor.Cli.Tests.Demo;

/// <summary>
/// `audit --demo` gives the results deploy/demo/README.md promises: each deliberate flaw fails the
/// control meant to catch it, with the evidence that proves it; what is sound passes; the waiver
/// and the expired waiver are reported.
/// </summary>
public class DemoAuditTests(DemoAudit audit) : IClassFixture<DemoAudit>
{
    private const string Pci = "pci-dss-4.0.1";
    private const string Hipaa = "hipaa-security-rule";
    private const string Nist = "nist-800-53-rev5";
    private const string Cis = "cis-kubernetes-1.10";

    private static DateTimeOffset AuditTime => DemoAudit.AuditTime;

    [Fact]
    public void The_run_writes_results_under_a_folder_named_by_the_audit_time()
    {
        Assert.Equal(0, audit.First.ExitCode);
        Assert.Equal(Path.Combine(audit.OutDir, "audit-2026-11-28T10-00-00Z", "results.json"), audit.First.ResultsPath);
        Assert.Equal("2026-11-28T10:00:00Z", audit.Results.RootElement.GetProperty("auditedAt").GetString());
        Assert.True(audit.Results.RootElement.GetProperty("input").GetProperty("complete").GetBoolean());
    }

    [Fact]
    public void Pci_1_3_1_is_waived_the_exporter_scrape_being_its_only_offending_flow()
    {
        Assert.Equal("waived", Status(audit.Control(Pci, "1.3.1")));
        var finding = Assert.Single(audit.Findings(Pci, "1.3.1", "zone-isolation"));
        Assert.Equal("waived", Status(finding));
        Assert.Equal("payments", finding.GetProperty("namespace").GetString());
        Assert.Equal("W-2026-031", finding.GetProperty("waivedBy").GetString());
        Assert.Empty(finding.GetProperty("evidence").GetProperty("flows").EnumerateArray());
        var flow = Assert.Single(finding.GetProperty("evidence").GetProperty("waivedFlows").EnumerateArray());
        Assert.Equal(("monitoring/prometheus-k8s-0", "payments/card-vault-0", "TCP 9187"), Flow(flow));
        Assert.Contains("payments/allow-card-vault ingress[1] from[0]", AllowedBy(flow));
    }

    [Theory]
    [InlineData(Hipaa, "164.312(a)(1)", "zone-isolation")]
    [InlineData(Hipaa, "164.312(a)(1)", "data-store-isolation")]
    [InlineData(Hipaa, "164.312(e)(1)", "insecure-ports")]
    [InlineData(Nist, "SC-7(11)", "data-store-isolation")]
    public void The_analytics_namespace_reaching_the_ephi_store_fails_with_the_rule_that_allows_it(string framework, string control, string check)
    {
        Assert.Equal("fail", Status(audit.Control(framework, control)));
        var finding = Assert.Single(audit.Findings(framework, control, check));
        Assert.Equal(("fail", "patient-records"), (Status(finding), finding.GetProperty("namespace").GetString()));
        var flows = finding.GetProperty("evidence").GetProperty("flows").EnumerateArray().ToList();
        Assert.Equal(
            ["analytics/cohort-export[CronJob]", "analytics/report-builder-6d5c8b9f7-q7w3e"],
            flows.Select(f => Flow(f).Source).Order(StringComparer.Ordinal));
        Assert.All(flows, f => Assert.Equal(("patient-records/ehr-postgres-0", "TCP 5432"), (Flow(f).Destination, Flow(f).Ports)));
        Assert.All(flows, f => Assert.Contains("patient-records/allow-ehr-postgres ingress[1] from[0]", AllowedBy(f)));
    }

    [Theory]
    [InlineData(Pci, "1.2.1", "default-deny", "namespace monitoring")]
    [InlineData(Pci, "1.2.5", "justification", "policy storefront/allow-cart-redis")]
    [InlineData(Pci, "1.2.5", "broad-rules", "policy storefront/allow-web-egress-internet")]
    [InlineData(Pci, "1.2.7", "policy-review", "policy payments/allow-card-vault")]
    [InlineData(Cis, "5.3.2", "namespace-has-policy", "namespace analytics")]
    [InlineData(Nist, "SC-7(11)", "justification", "policy storefront/allow-cart-redis")]
    [InlineData(Nist, "SC-7(5)", "broad-rules", "policy storefront/allow-web-egress-internet")]
    [InlineData(Nist, "AC-4", "metadata-endpoint", "namespace analytics")]
    public void Each_other_deliberate_flaw_fails_exactly_the_subject_it_is_about(string framework, string control, string check, string subject)
    {
        var finding = Assert.Single(audit.Findings(framework, control, check));
        Assert.Equal(("fail", subject), (Status(finding), finding.GetProperty("subject").GetString()));
        Assert.Equal("fail", Status(audit.Control(framework, control)));
    }

    [Fact]
    public void The_stale_review_names_its_date_and_age_at_the_audit_time()
    {
        var finding = Assert.Single(audit.Findings(Pci, "1.2.7", "policy-review"));
        var message = finding.GetProperty("message").GetString()!;
        var age = (AuditTime.Date - new DateTime(2025, 10, 2, 0, 0, 0, DateTimeKind.Utc)).Days;
        Assert.Contains("2025-10-02", message, StringComparison.Ordinal);
        Assert.Contains(age.ToString(CultureInfo.InvariantCulture), message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Pci, "1.2.6")]
    [InlineData(Pci, "1.3.2")]
    [InlineData(Pci, "1.4.1")]
    [InlineData(Pci, "1.4.2")]
    [InlineData(Pci, "1.4.4")]
    [InlineData(Pci, "11.4.5")]
    [InlineData(Cis, "5.2.5")]
    [InlineData(Hipaa, "164.308(a)(1)(ii)(B)")]
    [InlineData(Hipaa, "164.308(a)(4)(ii)(B)")]
    public void What_the_demo_gets_right_passes_on_every_check(string framework, string control)
    {
        var result = audit.Control(framework, control);
        Assert.Equal("pass", Status(result));
        Assert.All(result.GetProperty("checks").EnumerateArray(), c => Assert.Equal("pass", Status(c)));
    }

    [Fact]
    public void Cis_host_network_passes_while_kube_proxy_runs_on_the_host_network_in_unzoned_kube_system()
    {
        Assert.Equal("pass", Status(audit.Control(Cis, "5.2.5")));
        var explain = CliRunner.Run("explain", Path.Combine(RepositoryPaths.Demo, "cluster.yaml"), "--from", "kube-system/kube-proxy-7hx2d", "--to", "payments/card-vault-0");
        Assert.Contains("hostNetwork: true", explain.Error, StringComparison.Ordinal);
        Assert.Contains("kube-system", Unzoned());
    }

    [Fact]
    public void The_clearinghouse_control_is_not_applicable_in_every_check()
    {
        var control = audit.Control(Hipaa, "164.308(a)(4)(ii)(A)");
        Assert.Equal("not-applicable", Status(control));
        Assert.Equal(JsonValueKind.Null, control.GetProperty("score").ValueKind);
        Assert.All(control.GetProperty("checks").EnumerateArray(), c => Assert.Equal("not-applicable", Status(c)));
    }

    [Fact]
    public void Namespaces_in_no_zone_are_listed_in_results_and_summary()
    {
        Assert.Equal(["default", "kube-node-lease", "kube-public", "kube-system"], Unzoned());
        Assert.Contains("namespaces in no zone (reported, not ignored): default, kube-node-lease, kube-public, kube-system", audit.First.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Waivers_applied_and_expired_are_reported_and_the_expired_one_does_not_apply()
    {
        var waivers = audit.Results.RootElement.GetProperty("waivers");
        Assert.Equal(["W-2026-031", "W-2026-032"], Ids(waivers, "applied"));
        Assert.All(waivers.GetProperty("applied").EnumerateArray(), w => Assert.Equal("2027-05-31", w.GetProperty("expires").GetString()));
        Assert.Equal(["W-2025-019"], Ids(waivers, "expired"));
        Assert.Empty(Ids(waivers, "unused"));
        var broad = Assert.Single(audit.Findings(Pci, "1.2.5", "broad-rules"));
        Assert.Equal(JsonValueKind.Null, broad.GetProperty("waivedBy").ValueKind);
        Assert.Contains("waivers: 2 applied, 1 expired (not applied), 0 unused", audit.First.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Nist_isolation_keeps_failing_for_phi_while_its_cde_finding_is_waived()
    {
        var findings = audit.Findings(Nist, "SC-7(21)", "zone-isolation").Where(f => Status(f) != "not-applicable");
        Assert.Equal(
            [("patient-records", "fail"), ("payments", "waived")],
            findings.Select(f => (f.GetProperty("namespace").GetString()!, Status(f))).Order());
        Assert.Equal("fail", Status(audit.Control(Nist, "SC-7(21)")));
    }

    [Fact]
    public void Fail_under_exits_1_only_when_a_framework_scores_below_it()
    {
        var lowest = audit.Results.RootElement.GetProperty("frameworks").EnumerateArray().MinBy(f => f.GetProperty("score").GetDouble());
        var score = lowest.GetProperty("score").GetDouble();

        var below = audit.Run("--fail-under", (score + 1).ToString("0.#", CultureInfo.InvariantCulture));
        var above = audit.Run("--fail-under", Math.Floor(score - 1).ToString(CultureInfo.InvariantCulture));

        Assert.Equal(1, below.ExitCode);
        Assert.Contains($"{lowest.GetProperty("id").GetString()} scores", below.Error, StringComparison.Ordinal);
        Assert.Equal(0, above.ExitCode);
    }

    [Fact]
    public void A_second_run_at_the_same_time_writes_a_new_run_folder()
    {
        var second = audit.Run();

        Assert.Equal(0, second.ExitCode);
        Assert.NotEqual(audit.First.ResultsPath, second.ResultsPath);
        Assert.True(File.Exists(audit.First.ResultsPath));
        Assert.True(File.Exists(second.ResultsPath));
        Assert.StartsWith(Path.Combine(audit.OutDir, "audit-2026-11-28T10-00-00Z-"), second.ResultsPath, StringComparison.Ordinal);
    }

    [Fact]
    public void No_annotation_value_outside_the_allow_list_reaches_the_output()
    {
        var dropped = AnnotationValues.Dropped(Path.Combine(RepositoryPaths.Demo, "cluster.yaml"));
        var json = File.ReadAllText(audit.First.ResultsPath);

        Assert.Contains(dropped, a => a.Key == "kubectl.kubernetes.io/last-applied-configuration");
        Assert.All(dropped, a => Assert.DoesNotContain(a.Value, json, StringComparison.Ordinal));
        Assert.All(dropped, a => Assert.DoesNotContain(a.Value, audit.First.Output + audit.First.Error, StringComparison.Ordinal));
        Assert.Contains("Records API owns the EHR database (CHG-2291)", json, StringComparison.Ordinal);
    }

    private static string Status(JsonElement element) => element.GetProperty("status").GetString()!;

    private static (string Source, string Destination, string Ports) Flow(JsonElement flow) =>
        (flow.GetProperty("src").GetString()!, flow.GetProperty("dst").GetString()!, flow.GetProperty("ports").GetString()!);

    private static List<string> AllowedBy(JsonElement flow) => [.. flow.GetProperty("allowedBy").EnumerateArray().Select(e => e.GetString()!)];

    private static List<string> Ids(JsonElement waivers, string list) => [.. waivers.GetProperty(list).EnumerateArray().Select(w => w.GetProperty("id").GetString()!)];

    private List<string> Unzoned() => [.. audit.Results.RootElement.GetProperty("scope").GetProperty("unzonedNamespaces").EnumerateArray().Select(n => n.GetString()!)];
}
