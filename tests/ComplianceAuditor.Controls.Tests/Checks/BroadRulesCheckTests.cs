using ComplianceAuditor.Controls.Evaluation;
using static ComplianceAuditor.Controls.Tests.Checks.CheckKit;
using static ComplianceAuditor.Controls.Tests.Checks.PolicyYaml;

namespace ComplianceAuditor.Controls.Tests.Checks;

public class BroadRulesCheckTests
{
    private const string Check = "type: broad-rules\nzones: [cde]";

    private static readonly string Cluster =
        Namespace("payments", "cde") + Namespace("analytics", "out-of-scope")
        + Pod("payments", "api", "10.0.0.1", "app: api")
        + Pod("payments", "db-0", "10.0.0.2", "app: db, compliance-auditor.io/data-store: chd")
        + Pod("analytics", "report", "10.0.1.1", "app: report");

    /// <summary>The db policy with one ingress rule, written as the block YAML of the rule's entry.</summary>
    private static string DbIngress(string rule) => Policy("payments", "db", "podSelector: {matchLabels: {app: db}}\ningress:\n" + rule);

    private static Finding DbFinding(string rule, string check = Check) =>
        Evaluate(check, Cluster + DbIngress(rule)).About("policy payments/db");

    /// <summary>The reasons a policy's rules are broad, or an empty list when it passes.</summary>
    private static string[] Reasons(string rule, string check = Check)
    {
        var finding = DbFinding(rule, check);
        Assert.Equal(finding.Evidence.Objects.IsEmpty ? FindingStatus.Pass : FindingStatus.Fail, finding.Status);
        return [.. finding.Evidence.Objects];
    }

    [Fact]
    public void Narrow_rules_pass()
    {
        var cluster = Cluster
            + DbIngress("- from: [{podSelector: {matchLabels: {app: api}}}]\n  ports: [{port: 5432}]")
            + Policy("payments", "api", """
                podSelector: {matchLabels: {app: api}}
                policyTypes: [Ingress, Egress]
                ingress:
                - from: [{namespaceSelector: {matchLabels: {kubernetes.io/metadata.name: shop}}, podSelector: {matchLabels: {app: web}}}]
                  ports: [{port: 8443}]
                egress:
                - to: [{ipBlock: {cidr: 10.0.0.2/32}}]
                  ports: [{protocol: TCP, port: 5432}]
                """);

        var findings = Evaluate(Check, cluster);

        Assert.Equal(["policy payments/api", "policy payments/db"], findings.Select(f => f.Subject).Order(StringComparer.Ordinal));
        Assert.All(findings, f => Assert.Equal(FindingStatus.Pass, f.Status));
        Assert.Equal("policy payments/db has no broad rule", findings.About("policy payments/db").Message);
        Assert.Equal(("payments", "payments/db"), (findings.About("policy payments/db").Namespace, findings.About("policy payments/db").Policy));
    }

    [Fact]
    public void A_rule_open_to_every_address_fails_with_the_rule_and_why()
    {
        var finding = DbFinding("- from: [{podSelector: {matchLabels: {app: api}}}, {ipBlock: {cidr: 0.0.0.0/0}}]\n  ports: [{port: 5432}]");

        Assert.Equal(FindingStatus.Fail, finding.Status);
        Assert.Equal("policy payments/db has 1 broad rule(s)", finding.Message);
        Assert.Equal(["payments/db ingress[0]: any address (from[1].ipBlock 0.0.0.0/0)"], finding.Evidence.Objects.ToArray());
        Assert.Equal(["payments/db"], finding.Evidence.Policies.ToArray());
        Assert.Equal(1, finding.Evidence.Total);
    }

    [Fact]
    public void Every_ipv6_address_and_every_address_but_a_few_are_broad_too()
    {
        Assert.Equal(["payments/db ingress[0]: any address (from[0].ipBlock ::/0)"], Reasons("- from: [{ipBlock: {cidr: \"::/0\"}}]\n  ports: [{port: 5432}]"));
        Assert.Equal(
            ["payments/db ingress[0]: any address (from[0].ipBlock 0.0.0.0/0 except 10.0.0.0/8)"],
            Reasons("- from: [{ipBlock: {cidr: 0.0.0.0/0, except: [10.0.0.0/8]}}]\n  ports: [{port: 5432}]"));
        Assert.Empty(Reasons("- from: [{ipBlock: {cidr: 192.0.2.0/24}}]\n  ports: [{port: 5432}]"));
    }

    [Fact]
    public void An_empty_or_missing_peer_list_is_every_peer()
    {
        Assert.Equal(["payments/db ingress[0]: every peer (from is empty or missing)"], Reasons("- from: []\n  ports: [{port: 5432}]"));
        Assert.Equal(["payments/db ingress[0]: every peer (from is empty or missing)"], Reasons("- ports: [{port: 5432}]"));
    }

    [Fact]
    public void An_empty_namespace_selector_is_every_namespace()
    {
        Assert.Equal(
            ["payments/db ingress[0]: every namespace (from[0].namespaceSelector is empty)"],
            Reasons("- from: [{namespaceSelector: {}, podSelector: {matchLabels: {app: report}}}]\n  ports: [{port: 5432}]"));
        Assert.Empty(Reasons("- from: [{namespaceSelector: {matchLabels: {team: data}}}]\n  ports: [{port: 5432}]"));
    }

    [Fact]
    public void An_empty_or_missing_port_list_is_every_port()
    {
        Assert.Equal(["payments/db ingress[0]: every port (ports is empty or missing)"], Reasons("- from: [{podSelector: {matchLabels: {app: api}}}]"));
        Assert.Equal(["payments/db ingress[0]: every port (ports is empty or missing)"], Reasons("- from: [{podSelector: {matchLabels: {app: api}}}]\n  ports: []"));
        Assert.Equal(
            ["payments/db ingress[0]: 65535 ports (ports[1] UDP (all ports)), more than 1024"],
            Reasons("- from: [{podSelector: {matchLabels: {app: api}}}]\n  ports: [{port: 5432}, {protocol: UDP}]"));
    }

    [Fact]
    public void Port_ranges_wider_than_the_maximum_are_broad()
    {
        const string Api = "- from: [{podSelector: {matchLabels: {app: api}}}]\n  ports: ";
        Assert.Empty(Reasons(Api + "[{port: 8000, endPort: 9023}]"));
        Assert.Equal(["payments/db ingress[0]: 1025 ports (ports[0] TCP 8000-9024), more than 1024"], Reasons(Api + "[{port: 8000, endPort: 9024}]"));
        Assert.Empty(Reasons(Api + "[{port: 8000, endPort: 8099}]", Check + "\nmaxPortRange: 100"));
        Assert.Equal(
            ["payments/db ingress[0]: 101 ports (ports[1] TCP 8000-8100), more than 100"],
            Reasons(Api + "[{port: 443}, {port: 8000, endPort: 8100}]", Check + "\nmaxPortRange: 100"));
    }

    [Fact]
    public void Every_reason_of_every_rule_in_both_directions_is_listed()
    {
        var cluster = Cluster + Policy("payments", "api", """
            podSelector: {matchLabels: {app: api}}
            policyTypes: [Ingress, Egress]
            ingress:
            - from: [{podSelector: {matchLabels: {app: web}}}]
              ports: [{port: 8443}]
            - from: [{ipBlock: {cidr: 0.0.0.0/0}}, {namespaceSelector: {}}]
            egress:
            - to: [{ipBlock: {cidr: "::/0"}}]
              ports: [{port: 443}]
            """);

        var finding = Evaluate(Check, cluster).About("policy payments/api");

        Assert.Equal("policy payments/api has 2 broad rule(s)", finding.Message);
        Assert.Equal(
            [
                "payments/api ingress[1]: any address (from[0].ipBlock 0.0.0.0/0); every namespace (from[1].namespaceSelector is empty); every port (ports is empty or missing)",
                "payments/api egress[0]: any address (to[0].ipBlock ::/0)",
            ],
            finding.Evidence.Objects.ToArray());
        Assert.Equal(2, finding.Evidence.Total);
    }

    [Fact]
    public void Rules_of_a_direction_the_policy_does_not_affect_allow_nothing_and_are_ignored()
    {
        var cluster = Cluster + Policy("payments", "db", """
            podSelector: {matchLabels: {app: db}}
            policyTypes: [Ingress]
            ingress:
            - from: [{podSelector: {matchLabels: {app: api}}}]
              ports: [{port: 5432}]
            egress:
            - {}
            """);

        Assert.Equal(FindingStatus.Pass, Evaluate(Check, cluster).About("policy payments/db").Status);
    }

    [Fact]
    public void Policies_that_select_no_pod_of_the_zones_are_ignored()
    {
        var cluster = Cluster
            + Policy("analytics", "open", "podSelector: {}\ningress:\n- {}")
            + Policy("payments", "api-open", "podSelector: {matchLabels: {app: api}}\ningress:\n- {}")
            + DbIngress("- from: [{podSelector: {matchLabels: {app: api}}}]\n  ports: [{port: 5432}]");

        // cde holds payments whole; chd holds only the store pods, so the api's policy is not about it.
        Assert.DoesNotContain(Evaluate(Check, cluster), f => f.Subject == "policy analytics/open");
        var stores = Evaluate("type: broad-rules\nzones: [chd]", cluster);
        Assert.Equal(FindingStatus.Pass, Assert.Single(stores).Status);
        Assert.Equal("policy payments/db", stores[0].Subject);
    }

    [Fact]
    public void Zones_with_members_but_no_policy_pass_and_empty_zones_are_not_applicable()
    {
        var none = Single(Check, Cluster);
        Assert.Equal((FindingStatus.Pass, "zones cde", "no NetworkPolicy selects pods in cde"), (none.Status, none.Subject, none.Message));

        var empty = Single("type: broad-rules\nzones: [clearinghouse]", Cluster + DbIngress("- {}"));
        Assert.Equal((FindingStatus.NotApplicable, "no namespace or pod is in clearinghouse"), (empty.Status, empty.Message));
    }

    [Fact]
    public void It_reads_the_policies_themselves_so_unevaluated_objects_do_not_stop_it()
    {
        var finding = Assert.Single(Audit(Check, WithCalicoPolicy(Cluster + DbIngress("- {}"))));

        Assert.Equal(FindingStatus.Fail, finding.Status);
        Assert.Equal("policy payments/db", finding.Subject);
    }

    [Fact]
    public void Parameter_errors_name_their_place()
    {
        Assert.Equal(
            [$"{CheckLine + 2}:19 controls[0].checks[0].maxPortRange: expected a whole number from 1 to 65535, found '-1'"],
            ErrorsAt(Check + "\nmaxPortRange: -1"));
        Assert.Equal(
            [$"{CheckLine + 2}:19 controls[0].checks[0].maxPortRange: expected a whole number from 1 to 65535, found '0'"],
            ErrorsAt(Check + "\nmaxPortRange: 0"));
        Assert.StartsWith(
            $"{CheckLine + 2}:5 controls[0].checks[0].maxPorts: unknown field 'maxPorts'; expected type, zones, maxPortRange",
            Assert.Single(ErrorsAt(Check + "\nmaxPorts: 10")),
            StringComparison.Ordinal);
        Assert.StartsWith(
            $"{CheckLine + 1}:13 controls[0].checks[0].zones[0]: zone 'pci' is not in the scope",
            Assert.Single(ErrorsAt("type: broad-rules\nzones: [pci]")),
            StringComparison.Ordinal);
    }
}
