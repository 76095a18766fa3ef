using ComplianceAuditor.Controls.Evaluation;
using static ComplianceAuditor.Controls.Tests.Checks.CheckKit;
using static ComplianceAuditor.Controls.Tests.Checks.PolicyYaml;

namespace ComplianceAuditor.Controls.Tests.Checks;

public class InsecurePortsCheckTests
{
    private const string Check = "type: insecure-ports\nzones: [cde]";

    private const string Every = "any peer or address";

    /// <summary>README's default list, written out: a test of the list, not of the code's copy of it.</summary>
    private const string DefaultList =
        "TCP 21,23,25,80,110-111,135,139,143,389,445,512-514,873,1433,2049,3306,3389,5432,5900,6379,9200,11211,27017; UDP 69,161-162";

    private static readonly string Cluster =
        Namespace("payments", "cde") + Namespace("analytics", "out-of-scope")
        + Pod("payments", "api", "10.0.0.1", "app: api")
        + Pod("payments", "switch", "10.0.0.5", "app: switch")
        + Pod("analytics", "report", "10.0.1.1", "app: report")
        + Policy("payments", "default-deny", "podSelector: {}\npolicyTypes: [Ingress]");

    /// <summary>The switch admits the peers on the ports (flow sequence bodies).</summary>
    private static string SwitchAdmits(string from, string ports) =>
        Policy("payments", "switch", $"podSelector: {{matchLabels: {{app: switch}}}}\ningress:\n- from: [{from}]\n  ports: [{ports}]");

    private const string FromAnalytics = "{namespaceSelector: {matchLabels: {kubernetes.io/metadata.name: analytics}}}";

    [Fact]
    public void Only_secure_ports_reachable_passes()
    {
        var finding = Single(Check, Cluster + SwitchAdmits("{namespaceSelector: {}}, {ipBlock: {cidr: 0.0.0.0/0}}", "{port: 443}, {port: 8443}, {protocol: TCP, port: 69}"));

        Assert.Equal((FindingStatus.Pass, "namespace payments"), (finding.Status, finding.Subject));
        Assert.Equal($"no flow from {Every} reaches namespace payments on an insecure port", finding.Message);
    }

    [Fact]
    public void Telnet_reachable_from_a_peer_fails_with_the_flow_and_the_rule()
    {
        var finding = Single(Check, Cluster + SwitchAdmits(FromAnalytics, "{port: 443}, {port: 23}"));

        Assert.Equal(FindingStatus.Fail, finding.Status);
        Assert.Equal($"1 flow(s) from {Every} reach namespace payments on insecure ports", finding.Message);
        var flow = Assert.Single(finding.Evidence.Flows);
        Assert.Equal(("analytics/report", "payments/switch", "TCP 23"), (flow.Source, flow.Destination, flow.Ports.ToString()));
        Assert.Equal(["analytics/report is not isolated for egress", "payments/switch ingress[0] from[0]"], flow.AllowedBy.ToArray());
    }

    [Fact]
    public void Addresses_count_by_default()
    {
        var finding = Single(Check, Cluster + SwitchAdmits("{ipBlock: {cidr: 198.51.100.0/24}}", "{protocol: UDP, port: 161}, {protocol: UDP, port: 53}"));

        var flow = Assert.Single(finding.Evidence.Flows);
        Assert.Equal(("198.51.100.0-198.51.100.255", "payments/switch", "UDP 161"), (flow.Source, flow.Destination, flow.Ports.ToString()));
        Assert.Equal(["payments/switch ingress[0] from[0]"], flow.AllowedBy.ToArray());
    }

    [Fact]
    public void A_pod_open_to_everything_is_reached_on_every_default_insecure_port()
    {
        var cluster = Namespace("payments", "cde") + Pod("payments", "switch", "10.0.0.5", "app: switch");

        var finding = Single(Check, cluster);

        Assert.Equal(
            [("0.0.0.0-255.255.255.255", DefaultList), ("::-ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff", DefaultList)],
            finding.Evidence.Flows.Select(f => (f.Source, f.Ports.ToString())));
        Assert.Equal(["payments/switch is not isolated for ingress"], finding.Evidence.Flows[0].AllowedBy.ToArray());
    }

    [Fact]
    public void Custom_ports_replace_the_default_list()
    {
        const string Custom = Check + "\nports: [\"TCP 8080\", \"UDP 5000-5010\"]";
        var telnetOnly = Cluster + SwitchAdmits(FromAnalytics, "{port: 23}");
        var web = Cluster + SwitchAdmits(FromAnalytics, "{port: 8000, endPort: 8100}, {protocol: UDP, port: 5005}");

        Assert.Equal(FindingStatus.Pass, Single(Custom, telnetOnly).Status);
        var flow = Assert.Single(Single(Custom, web).Evidence.Flows);
        Assert.Equal("TCP 8080; UDP 5005", flow.Ports.ToString());
    }

    [Fact]
    public void The_from_zones_restrict_the_sources()
    {
        var cluster = Cluster + SwitchAdmits($"{{podSelector: {{matchLabels: {{app: api}}}}}}, {FromAnalytics}, {{ipBlock: {{cidr: 203.0.113.0/24}}}}", "{port: 23}");

        var all = Single(Check, cluster);
        Assert.Equal(["payments/api", "analytics/report", "203.0.113.0-203.0.113.255"], all.Evidence.Flows.Select(f => f.Source));

        var outOfScope = Single(Check + "\nfrom: [out-of-scope]", cluster);
        Assert.Equal("1 flow(s) from out-of-scope reach namespace payments on insecure ports", outOfScope.Message);
        Assert.Equal(["analytics/report"], outOfScope.Evidence.Flows.Select(f => f.Source));

        var untrusted = Single(Check + "\nfrom: [untrusted]", cluster);
        Assert.Equal(["203.0.113.0-203.0.113.255"], untrusted.Evidence.Flows.Select(f => f.Source));

        Assert.Equal(FindingStatus.Pass, Single(Check + "\nfrom: [dmz]", cluster).Status);
    }

    [Fact]
    public void Named_ports_are_resolved_on_the_destination_pod()
    {
        var cluster = Cluster
            + PodWithPorts("payments", "switch-b", "10.0.0.6", "app: switch", "{name: console, containerPort: 23}")
            + PodWithPorts("payments", "switch-c", "10.0.0.7", "app: switch", "{name: console, containerPort: 2323}")
            + SwitchAdmits(FromAnalytics, "{port: console}");

        var finding = Single(Check, cluster);

        // payments/switch declares no port named console: the rule allows it nothing.
        var flow = Assert.Single(finding.Evidence.Flows);
        Assert.Equal(("analytics/report", "payments/switch-b", "TCP 23"), (flow.Source, flow.Destination, flow.Ports.ToString()));
        Assert.Equal(["analytics/report is not isolated for egress", "payments/switch ingress[0] from[0]"], flow.AllowedBy.ToArray());
    }

    [Fact]
    public void Zones_without_members_are_not_applicable()
    {
        var finding = Single("type: insecure-ports\nzones: [phi]", Cluster);

        Assert.Equal((FindingStatus.NotApplicable, "no namespace or pod is in phi"), (finding.Status, finding.Message));
    }

    [Fact]
    public void Unevaluated_policy_objects_make_it_not_evaluated()
    {
        var finding = Assert.Single(Audit(Check, WithCalicoPolicy(Cluster)));

        Assert.Equal(FindingStatus.NotEvaluated, finding.Status);
    }

    [Fact]
    public void Parameter_errors_name_their_place()
    {
        Assert.Equal(
            [
                $"{CheckLine + 2}:13 controls[0].checks[0].ports[0]: 'TCP 70000': ports are numbers from 1 to 65535, one or a range a-b",
                $"{CheckLine + 2}:26 controls[0].checks[0].ports[1]: 'HTTP 80' is not a port such as \"TCP 443\", \"UDP 53\", \"TCP 8000-8080\" or \"TCP\"",
                $"{CheckLine + 2}:37 controls[0].checks[0].ports[2]: 'TCP 90-80': the range ends before it starts",
            ],
            ErrorsAt(Check + "\nports: [\"TCP 70000\", \"HTTP 80\", \"TCP 90-80\"]"));
        Assert.Equal(
            [$"{CheckLine + 2}:12 controls[0].checks[0].ports: expected a list of ports such as [\"TCP 443\"], found a mapping"],
            ErrorsAt(Check + "\nports: {TCP: 23}"));
        Assert.Equal([$"{CheckLine + 2}:12 controls[0].checks[0].ports: expected at least one entry"], ErrorsAt(Check + "\nports: []"));
        Assert.Equal([$"{CheckLine + 2}:11 controls[0].checks[0].from: expected at least one entry"], ErrorsAt(Check + "\nfrom: []"));
        Assert.StartsWith(
            $"{CheckLine + 2}:12 controls[0].checks[0].from[0]: zone 'internet' is not in the scope",
            Assert.Single(ErrorsAt(Check + "\nfrom: [internet]")),
            StringComparison.Ordinal);
        Assert.StartsWith(
            $"{CheckLine + 2}:5 controls[0].checks[0].port: unknown field 'port'",
            Assert.Single(ErrorsAt(Check + "\nport: [\"TCP 23\"]")),
            StringComparison.Ordinal);
    }
}
