using System.Text.Json;
using YamlDotNet.RepresentationModel;

namespace ComplianceAuditor.Cli.Tests.Deploy;

/// <summary>
/// The auditor passes its own audit: deploy/overlays/pci, rendered and audited beside a small
/// cluster, isolates the auditor's namespace, lets the CronJob reach only DNS and the API server,
/// and grants only the read access a live snapshot needs.
/// </summary>
public class DogfoodTests(DogfoodRun run) : IClassFixture<DogfoodRun>
{
    private const string Namespace = "compliance-auditor";
    private const string CronJobPeer = "compliance-auditor/compliance-auditor[CronJob]";

    [Fact]
    public void The_audit_completes_with_the_auditor_namespace_in_the_connected_zone()
    {
        Assert.True(run.Audit.ExitCode == 0, run.Audit.Error);
        var connected = run.Results.RootElement.GetProperty("scope").GetProperty("zones").EnumerateArray()
            .Single(z => z.GetProperty("name").GetString() == "connected");
        Assert.Equal([Namespace], connected.GetProperty("namespaces").EnumerateArray().Select(n => n.GetString()));
        Assert.Equal(1, connected.GetProperty("peers").GetInt32());
    }

    [Theory]
    [InlineData("cis-kubernetes-1.10", "5.3.2", "namespace-has-policy")]
    [InlineData("nist-800-53-rev5", "SC-7(5)", "default-deny")]
    [InlineData("nist-800-53-rev5", "SC-7", "pod-coverage")]
    [InlineData("pci-dss-4.0.1", "1.2.1", "default-deny")]
    public void The_auditor_namespace_passes_the_default_deny_and_coverage_checks(string framework, string control, string checkType)
    {
        var finding = Assert.Single(FindingsAboutAuditor(), f => f.Framework == framework && f.Control == control && f.Check == checkType);
        Assert.Equal("pass", finding.Status);
    }

    [Fact]
    public void Every_finding_about_the_auditor_namespace_passes()
    {
        var findings = FindingsAboutAuditor();
        Assert.True(findings.Count >= 20, $"only {findings.Count} findings about {Namespace}");
        Assert.Empty(findings.Where(f => f.Status != "pass").Select(f => $"{f.Framework}/{f.Control} {f.Check}: {f.Status} {f.Message}"));
    }

    [Fact]
    public void The_cronjob_reaches_only_kube_dns_on_53_and_the_api_server_on_443()
    {
        Assert.True(run.Reach.ExitCode == 0, run.Reach.Error);
        var root = run.Connectivity.RootElement;
        Assert.Contains(CronJobPeer, root.GetProperty("peers").EnumerateArray().Select(p => p.GetString()));
        var egress = Connections(root).Where(c => c.Src == CronJobPeer).Select(c => (c.Dst, c.Ports)).ToHashSet();
        (string, string)[] expected = [("10.96.0.1-10.96.0.1", "TCP 443"), (ClusterDump.DnsPod, "TCP 53; UDP 53")];
        Assert.Equal(expected.ToHashSet(), egress);
    }

    [Fact]
    public void Nothing_reaches_the_cronjob_while_the_rest_of_the_cluster_stays_open()
    {
        var connections = Connections(run.Connectivity.RootElement);
        Assert.DoesNotContain(connections, c => c.Dst == CronJobPeer);
        // The unpoliced default namespace still talks to kube-dns: the fixture's cluster is not
        // simply empty, so the auditor's isolation comes from its own policies.
        Assert.Contains(connections, c => c.Src == ClusterDump.OtherPod && c.Dst == ClusterDump.DnsPod);
    }

    [Fact]
    public void The_cluster_role_grants_get_and_list_on_exactly_what_a_snapshot_lists()
    {
        var rules = (YamlSequenceNode)run.OfKind("ClusterRole").Children["rules"];
        var granted = new HashSet<string>(StringComparer.Ordinal);
        foreach (var rule in rules.Children.Cast<YamlMappingNode>())
        {
            Assert.Equal(["apiGroups", "resources", "verbs"], rule.Children.Keys.Select(k => k.ToString()).Order(StringComparer.Ordinal));
            foreach (var group in Values(rule, "apiGroups"))
            {
                foreach (var resource in Values(rule, "resources"))
                {
                    granted.UnionWith(Values(rule, "verbs").Select(verb => $"{group}|{resource}|{verb}"));
                }
            }
        }

        string[] expected =
        [
            "|namespaces|get", "|namespaces|list", "|pods|get", "|pods|list",
            "networking.k8s.io|networkpolicies|get", "networking.k8s.io|networkpolicies|list",
            "policy.networking.k8s.io|adminnetworkpolicies|get", "policy.networking.k8s.io|adminnetworkpolicies|list",
            "policy.networking.k8s.io|baselineadminnetworkpolicies|get", "policy.networking.k8s.io|baselineadminnetworkpolicies|list",
            "cilium.io|ciliumnetworkpolicies|get", "cilium.io|ciliumnetworkpolicies|list",
            "cilium.io|ciliumclusterwidenetworkpolicies|get", "cilium.io|ciliumclusterwidenetworkpolicies|list",
            "crd.projectcalico.org|networkpolicies|get", "crd.projectcalico.org|networkpolicies|list",
            "crd.projectcalico.org|globalnetworkpolicies|get", "crd.projectcalico.org|globalnetworkpolicies|list",
        ];
        Assert.Equal(expected.Order(StringComparer.Ordinal), granted.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Only_the_auditor_service_account_is_bound_and_no_other_rbac_object_is_rendered()
    {
        var kinds = run.Documents.Select(d => d.Children["kind"].ToString()).Where(k => k.Contains("Role", StringComparison.Ordinal));
        Assert.Equal(["ClusterRole", "ClusterRoleBinding"], kinds.Order(StringComparer.Ordinal));
        var binding = run.OfKind("ClusterRoleBinding");
        Assert.Equal("compliance-auditor-read", Path(binding, "roleRef", "name"));
        var subject = Assert.Single(((YamlSequenceNode)binding.Children["subjects"]).Children.Cast<YamlMappingNode>());
        Assert.Equal(("ServiceAccount", "compliance-auditor", Namespace), (Path(subject, "kind"), Path(subject, "name"), Path(subject, "namespace")));
        Assert.DoesNotContain("secrets", run.Rendered, StringComparison.Ordinal);
        Assert.DoesNotContain("'*'", run.Rendered, StringComparison.Ordinal);
    }

    private static IEnumerable<string> Values(YamlMappingNode rule, string key) =>
        ((YamlSequenceNode)rule.Children[key]).Children.Select(v => v.ToString());

    private static string Path(YamlMappingNode node, params string[] keys) =>
        keys.Aggregate((YamlNode)node, (n, k) => ((YamlMappingNode)n).Children[k]).ToString();

    private static List<(string Src, string Dst, string Ports)> Connections(JsonElement root) =>
        [.. root.GetProperty("connections").EnumerateArray().Select(c => (
            c.GetProperty("src").GetString()!,
            c.GetProperty("dst").GetString()!,
            string.Join("; ", c.GetProperty("protocols").EnumerateObject().Select(p => $"{p.Name} {p.Value.GetString()}"))))];

    private List<(string Framework, string Control, string Check, string Status, string Message)> FindingsAboutAuditor() =>
        [.. from framework in run.Results.RootElement.GetProperty("frameworks").EnumerateArray()
            from control in framework.GetProperty("controls").EnumerateArray()
            from check in control.GetProperty("checks").EnumerateArray()
            from finding in check.GetProperty("findings").EnumerateArray()
            where finding.GetProperty("namespace").GetString() == Namespace
            select (framework.GetProperty("id").GetString()!, control.GetProperty("id").GetString()!,
                check.GetProperty("type").GetString()!, finding.GetProperty("status").GetString()!,
                finding.GetProperty("message").GetString()!)];
}
