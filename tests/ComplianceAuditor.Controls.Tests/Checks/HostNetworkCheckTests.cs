using ComplianceAuditor.Controls.Evaluation;
using static ComplianceAuditor.Controls.Tests.Checks.CheckKit;
using static ComplianceAuditor.Controls.Tests.Checks.PolicyText;

namespace ComplianceAuditor.Controls.Tests.Checks;

public class HostNetworkCheckTests
{
    private const string Check = """
        type: host-network
        zones: [cde]
        """;

    private static readonly string Payments = Namespace("payments", "cde") + Pod("payments", "api", "10.0.0.1", "app: api");

    /// <summary>A DaemonSet pod, owned by its DaemonSet.</summary>
    private const string AgentPod = """
        apiVersion: v1
        kind: Pod
        metadata:
          name: node-agent-x7k2p
          namespace: payments
          labels: {app: node-agent}
          ownerReferences: [{apiVersion: apps/v1, kind: DaemonSet, name: node-agent}]
        spec: {hostNetwork: true, containers: [{name: agent, image: agent:1}]}
        status: {phase: Running, podIP: 192.168.10.7}
        ---

        """;

    [Fact]
    public void A_namespace_without_host_network_pods_passes()
    {
        var finding = Single(Check, Payments + DefaultDeny("payments"));

        Assert.Equal(FindingStatus.Pass, finding.Status);
        Assert.Equal(("namespace payments", "payments"), (finding.Subject, finding.Namespace));
        Assert.Equal("no host-network pod runs in namespace payments", finding.Message);
    }

    [Fact]
    public void A_host_network_pod_in_scope_fails_whatever_the_policies_say()
    {
        var finding = Single(Check, Payments + DefaultDeny("payments") + HostNetworkPod("payments", "sniffer", "app: sniffer"));

        Assert.Equal(FindingStatus.Fail, finding.Status);
        Assert.Equal(["payments/sniffer"], finding.Evidence.Pods.ToArray());
        Assert.Equal(1, finding.Evidence.Total);
        Assert.Equal("1 host-network pod(s) or workload(s) in namespace payments: NetworkPolicy does not govern them", finding.Message);
    }

    [Fact]
    public void Host_network_pods_outside_the_zones_are_ignored()
    {
        var findings = Evaluate(Check, Payments + Namespace("monitoring", "out-of-scope")
            + HostNetworkPod("monitoring", "node-exporter") + HostNetworkPod("kube-system", "kube-proxy"));

        var finding = Assert.Single(findings);
        Assert.Equal(("namespace payments", FindingStatus.Pass), (finding.Subject, finding.Status));
    }

    [Fact]
    public void A_host_network_workload_without_pods_fails_as_its_template()
    {
        var finding = Single(Check, Payments + Workload("DaemonSet", "payments", "node-agent", "app: node-agent", hostNetwork: true)
            + Workload("Deployment", "payments", "web", "app: web"));

        Assert.Equal(FindingStatus.Fail, finding.Status);
        Assert.Equal(["payments/node-agent[DaemonSet]"], finding.Evidence.Pods.ToArray());
    }

    [Fact]
    public void A_workload_whose_pods_are_listed_is_not_listed_again()
    {
        var finding = Single(Check, Payments + Workload("DaemonSet", "payments", "node-agent", "app: node-agent", hostNetwork: true) + AgentPod);

        Assert.Equal(["payments/node-agent-x7k2p"], finding.Evidence.Pods.ToArray());
        Assert.StartsWith("1 host-network pod(s)", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Finished_host_network_pods_are_ignored()
    {
        var finding = Single(Check, Payments + FinishedPod("payments", "migrate-1", hostNetwork: true));

        Assert.Equal(FindingStatus.Pass, finding.Status);
    }

    [Fact]
    public void Every_host_network_object_of_a_namespace_is_listed_sorted()
    {
        var findings = Evaluate("""
            type: host-network
            zones: [cde, dmz]
            """, Payments + Namespace("web", "dmz")
            + HostNetworkPod("payments", "zeta") + HostNetworkPod("payments", "alpha")
            + Workload("Deployment", "payments", "mid", "app: mid", hostNetwork: true));

        var payments = findings.About("namespace payments");
        Assert.Equal(["payments/alpha", "payments/mid[Deployment]", "payments/zeta"], payments.Evidence.Pods.ToArray());
        Assert.Equal(3, payments.Evidence.Total);
        Assert.Equal(FindingStatus.Pass, findings.About("namespace web").Status);
    }

    [Fact]
    public void A_host_network_pod_of_a_pod_zone_is_found_even_when_it_is_the_zones_only_pod()
    {
        // The engine leaves host-network pods out of the peers; the zone must still see this one.
        var finding = Single("""
            type: host-network
            zones: [chd]
            """, Payments + HostNetworkPod("payments", "db-0", "compliance-auditor.io/data-store: chd"));

        Assert.Equal(FindingStatus.Fail, finding.Status);
        Assert.Equal(["payments/db-0"], finding.Evidence.Pods.ToArray());
    }

    [Fact]
    public void Zones_without_namespaces_are_not_applicable()
    {
        var finding = Single("""
            type: host-network
            zones: [phi]
            """, Payments + HostNetworkPod("payments", "agent"));

        Assert.Equal(FindingStatus.NotApplicable, finding.Status);
        Assert.Equal("no namespace or pod is in phi", finding.Message);
    }

    [Fact]
    public void Parameter_errors_name_the_line_and_column()
    {
        var unknown = Assert.Single(Errors("""
            type: host-network
            zones: [cde]
            allow: []
            """));
        Assert.StartsWith("unknown field 'allow'; expected type, zones", unknown.Message, StringComparison.Ordinal);
        Assert.Equal((CheckLine + 2, 5), (unknown.Location!.Line, unknown.Location.Column));

        var zone = Assert.Single(Errors("""
            type: host-network
            zones: [CDE]
            """));
        Assert.StartsWith("zone 'CDE' is not in the scope", zone.Message, StringComparison.Ordinal);
        Assert.Equal((CheckLine + 1, 13), (zone.Location!.Line, zone.Location.Column));

        var notList = Assert.Single(Errors("""
            type: host-network
            zones: cde
            """));
        Assert.Equal("expected a list, found 'cde'", notList.Message);
        Assert.Equal((CheckLine + 1, 12), (notList.Location!.Line, notList.Location.Column));
    }
}
