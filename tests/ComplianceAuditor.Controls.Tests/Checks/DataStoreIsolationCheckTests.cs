using ComplianceAuditor.Controls.Evaluation;
using static ComplianceAuditor.Controls.Tests.Checks.CheckKit;
using static ComplianceAuditor.Controls.Tests.Checks.PolicyYaml;

namespace ComplianceAuditor.Controls.Tests.Checks;

public class DataStoreIsolationCheckTests
{
    private const string Check = "type: data-store-isolation\nstores: [chd]";

    private const string Label = "out-of-scope, untrusted to data stores of chd";

    /// <summary>A CDE with a card-data store, the api that uses it, a DMZ web tier and an out-of-scope reporting job.</summary>
    private static readonly string Cluster =
        Namespace("payments", "cde") + Namespace("shop", "dmz") + Namespace("analytics", "out-of-scope")
        + Pod("payments", "api", "10.0.0.1", "app: api")
        + Pod("payments", "db-0", "10.0.0.2", "app: db, compliance-auditor.io/data-store: chd")
        + Pod("shop", "web", "10.0.2.1", "app: web")
        + Pod("analytics", "report", "10.0.1.1", "app: report")
        + Policy("payments", "default-deny", "podSelector: {}\npolicyTypes: [Ingress, Egress]");

    private static string DbAdmits(string from) => Policy("payments", "db", $$$"""
        podSelector: {matchLabels: {app: db}}
        ingress:
        - from: [{{{from}}}]
          ports: [{port: 5432}]
        """);

    [Fact]
    public void A_store_reachable_only_from_its_own_zone_passes()
    {
        var finding = Single(Check, Cluster + DbAdmits("{podSelector: {matchLabels: {app: api}}}"));

        Assert.Equal(FindingStatus.Pass, finding.Status);
        Assert.Equal(("namespace payments", "payments"), (finding.Subject, finding.Namespace));
        Assert.Equal($"no flow from {Label} in namespace payments is allowed", finding.Message);
        Assert.Empty(finding.Evidence.Flows);
    }

    [Fact]
    public void An_out_of_scope_namespace_admitted_by_an_empty_namespace_selector_fails()
    {
        var finding = Single(Check, Cluster + DbAdmits("{namespaceSelector: {}}"));

        Assert.Equal(FindingStatus.Fail, finding.Status);
        Assert.Equal($"1 flow(s) from {Label} in namespace payments are allowed", finding.Message);
        // shop/web (dmz) and payments/api are admitted too, but are not forbidden sources.
        var flow = Assert.Single(finding.Evidence.Flows);
        Assert.Equal(("analytics/report", "payments/db-0", "TCP 5432"), (flow.Source, flow.Destination, flow.Ports.ToString()));
        Assert.Equal(["analytics/report is not isolated for egress", "payments/db ingress[0] from[0]"], flow.AllowedBy.ToArray());
        Assert.Equal(1, finding.Evidence.Total);
    }

    [Fact]
    public void An_ip_block_of_every_address_lets_untrusted_addresses_in()
    {
        var finding = Single(Check, Cluster + DbAdmits("{ipBlock: {cidr: 0.0.0.0/0}}"));

        Assert.Equal(FindingStatus.Fail, finding.Status);
        // The ipBlock matches the out-of-scope pod's IP too; shop/web's is matched but dmz is not forbidden.
        Assert.Equal(["analytics/report", "0.0.0.0-255.255.255.255"], finding.Evidence.Flows.Select(f => f.Source));
        var flow = finding.Evidence.Flows[1];
        Assert.Equal(("payments/db-0", "TCP 5432"), (flow.Destination, flow.Ports.ToString()));
        Assert.Equal(["payments/db ingress[0] from[0]"], flow.AllowedBy.ToArray());
    }

    [Fact]
    public void A_store_without_any_ingress_policy_is_open_to_everything_forbidden()
    {
        var cluster = Namespace("payments", "cde") + Namespace("analytics", "out-of-scope")
            + Pod("payments", "db-0", "10.0.0.2", "compliance-auditor.io/data-store: chd")
            + Pod("analytics", "report", "10.0.1.1");

        var finding = Single(Check, cluster);

        Assert.Equal(FindingStatus.Fail, finding.Status);
        Assert.Equal(
            ["analytics/report", "0.0.0.0-255.255.255.255", "::-ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff"],
            finding.Evidence.Flows.Select(f => f.Source));
        Assert.All(finding.Evidence.Flows, f => Assert.Equal("TCP 1-65535; UDP 1-65535; SCTP 1-65535", f.Ports.ToString()));
        Assert.Contains("payments/db-0 is not isolated for ingress", finding.Evidence.Flows[0].AllowedBy);
    }

    [Fact]
    public void A_store_not_running_yet_is_examined_through_its_template()
    {
        var cluster = Namespace("payments", "cde") + Namespace("analytics", "out-of-scope")
            + Pod("analytics", "report", "10.0.1.1", "app: report")
            + Policy("payments", "db", "podSelector: {matchLabels: {app: db}}\ningress:\n- from: [{namespaceSelector: {}}]\n  ports: [{port: 5432}]")
            + """
            apiVersion: apps/v1
            kind: StatefulSet
            metadata: {name: db, namespace: payments}
            spec:
              selector: {matchLabels: {app: db}}
              template:
                metadata: {labels: {app: db, compliance-auditor.io/data-store: chd}}
                spec: {containers: [{name: db, image: postgres}]}
            """;

        var flow = Assert.Single(Single(Check, cluster).Evidence.Flows);

        Assert.Equal(("analytics/report", "payments/db[StatefulSet]", "TCP 5432"), (flow.Source, flow.Destination, flow.Ports.ToString()));
    }

    [Fact]
    public void Custom_forbidden_sources_replace_the_default()
    {
        var findings = Evaluate("type: data-store-isolation\nstores: [chd]\nforbiddenSources: [dmz]", Cluster + DbAdmits("{namespaceSelector: {}}"));

        var finding = Assert.Single(findings);
        Assert.Equal("1 flow(s) from dmz to data stores of chd in namespace payments are allowed", finding.Message);
        var flow = Assert.Single(finding.Evidence.Flows);
        Assert.Equal(("shop/web", "payments/db-0"), (flow.Source, flow.Destination));
    }

    [Fact]
    public void Each_store_namespace_gets_its_own_finding()
    {
        var cluster = Cluster + DbAdmits("{namespaceSelector: {}}") + Namespace("vault", "cde")
            + Pod("vault", "tokens-0", "10.0.3.1", "compliance-auditor.io/data-store: chd")
            + Policy("vault", "deny", "podSelector: {}");

        var findings = Evaluate(Check, cluster);

        Assert.Equal(["namespace payments", "namespace vault"], findings.Select(f => f.Subject));
        Assert.Equal(FindingStatus.Fail, findings.About("namespace payments").Status);
        Assert.Equal(FindingStatus.Pass, findings.About("namespace vault").Status);
    }

    [Fact]
    public void Stores_without_members_are_not_applicable()
    {
        var finding = Single(Check, Namespace("payments", "cde") + Pod("payments", "api", "10.0.0.1", "app: api"));

        Assert.Equal(FindingStatus.NotApplicable, finding.Status);
        Assert.Equal("no namespace or pod is in chd", finding.Message);
    }

    [Fact]
    public void Unevaluated_policy_objects_make_it_not_evaluated()
    {
        var finding = Assert.Single(Audit(Check, WithCalicoPolicy(Cluster + DbAdmits("{podSelector: {matchLabels: {app: api}}}"))));

        Assert.Equal(FindingStatus.NotEvaluated, finding.Status);
        Assert.Contains("GlobalNetworkPolicy allow-all", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parameter_errors_name_their_place()
    {
        Assert.Equal(
            [$"{CheckLine + 1}:5 controls[0].checks[0].store: unknown field 'store'; expected type, stores, forbiddenSources", $"{CheckLine}:5 controls[0].checks[0].stores: stores is required"],
            ErrorsAt("type: data-store-isolation\nstore: [chd]"));
        Assert.Equal(
            [$"{CheckLine + 2}:23 controls[0].checks[0].forbiddenSources: expected at least one entry"],
            ErrorsAt("type: data-store-isolation\nstores: [chd]\nforbiddenSources: []"));
        var zone = Assert.Single(ErrorsAt("type: data-store-isolation\nstores: [chd, card-data]"));
        Assert.StartsWith($"{CheckLine + 1}:19 controls[0].checks[0].stores[1]: zone 'card-data' is not in the scope (built-in)", zone, StringComparison.Ordinal);
        Assert.Equal(
            [$"{CheckLine + 1}:14 controls[0].checks[0].stores[0]: zone 'untrusted' is an address zone (cidrs); stores takes a workload zone (namespaces and pods)"],
            ErrorsAt("type: data-store-isolation\nstores: [untrusted]"));
    }
}
