using System.Text.Json;
using ComplianceAuditor.TestSupport.Golden;
using static ComplianceAuditor.Cli.Tests.Deploy.RenderedYaml;

namespace ComplianceAuditor.Cli.Tests.Deploy;

/// <summary>
/// The service passes its own audit too: deploy/overlays/service, rendered and audited beside a
/// small cluster with PostgreSQL and Prometheus, lets `serve` reach DNS, the API server and
/// PostgreSQL and nothing else, lets only Prometheus scrape it, and shares the CronJob's namespace,
/// service account and read-only RBAC.
/// </summary>
public class ServiceDogfoodTests(ServiceDogfoodRun service) : IClassFixture<ServiceDogfoodRun>
{
    private const string Namespace = "compliance-auditor";

    private DogfoodRun Run => service.Overlay;

    [Fact]
    public void Every_finding_about_the_auditor_namespace_passes()
    {
        Assert.True(Run.Audit.ExitCode == 0, Run.Audit.Error);
        var findings = FindingsAboutAuditor();
        Assert.True(findings.Count >= 20, $"only {findings.Count} findings about {Namespace}");
        Assert.Empty(findings.Where(f => f.Status != "pass").Select(f => $"{f.Control} {f.Check}: {f.Status} {f.Message}"));
    }

    [Fact]
    public void The_service_reaches_only_kube_dns_the_api_server_and_postgresql()
    {
        Assert.True(Run.Reach.ExitCode == 0, Run.Reach.Error);
        var root = Run.Connectivity.RootElement;
        Assert.Contains(ServiceDogfoodRun.DeploymentPeer, root.GetProperty("peers").EnumerateArray().Select(p => p.GetString()));
        var egress = Connections(root).Where(c => c.Src == ServiceDogfoodRun.DeploymentPeer).Select(c => (c.Dst, c.Ports)).ToHashSet();
        (string, string)[] expected =
        [
            ("10.96.0.1-10.96.0.1", "TCP 443"),
            (ClusterDump.DnsPod, "TCP 53; UDP 53"),
            (ClusterDump.PostgresPod, "TCP 5432"),
        ];
        Assert.Equal(expected.ToHashSet(), egress);
    }

    [Fact]
    public void Only_prometheus_reaches_the_service_and_only_its_metrics_port()
    {
        var connections = Connections(Run.Connectivity.RootElement);
        var ingress = connections.Where(c => c.Dst == ServiceDogfoodRun.DeploymentPeer).Select(c => (c.Src, c.Ports));
        Assert.Equal([(ClusterDump.PrometheusPod, "TCP 9464")], ingress);
        // The unpoliced namespaces still reach each other: the isolation is the overlay's doing.
        Assert.Contains(connections, c => c.Src == ClusterDump.OtherPod && c.Dst == ClusterDump.PostgresPod);
    }

    [Fact]
    public void The_namespace_service_account_and_rbac_are_the_cronjobs()
    {
        var pciObjects = Load(Kustomize.Render(Path.Combine(RepositoryPaths.Root, "deploy", "overlays", "pci")));
        foreach (var kind in new[] { "Namespace", "ServiceAccount", "ClusterRole", "ClusterRoleBinding" })
        {
            var expected = pciObjects.Single(o => Get(o, "kind") == kind);
            Assert.Equal(Text(expected), Text(Run.OfKind(kind)));
        }

        Assert.Equal("false", Get(Run.OfKind("ServiceAccount"), "automountServiceAccountToken"));
    }

    [Fact]
    public void No_secret_and_no_secret_access_is_rendered()
    {
        Assert.DoesNotContain(Run.Documents, d => Get(d, "kind") == "Secret");
        foreach (var rule in Mappings(Run.OfKind("ClusterRole"), "rules"))
        {
            Assert.DoesNotContain("secrets", Strings(rule, "resources"));
            Assert.Equal(["get", "list"], Strings(rule, "verbs"));
        }

        Assert.DoesNotContain("password", Run.Rendered, StringComparison.OrdinalIgnoreCase);
    }

    private static List<(string Src, string Dst, string Ports)> Connections(JsonElement root) =>
        [.. root.GetProperty("connections").EnumerateArray().Select(c => (
            c.GetProperty("src").GetString()!,
            c.GetProperty("dst").GetString()!,
            string.Join("; ", c.GetProperty("protocols").EnumerateObject().Select(p => $"{p.Name} {p.Value.GetString()}"))))];

    private List<(string Control, string Check, string Status, string Message)> FindingsAboutAuditor() =>
        [.. from framework in Run.Results.RootElement.GetProperty("frameworks").EnumerateArray()
            from control in framework.GetProperty("controls").EnumerateArray()
            from check in control.GetProperty("checks").EnumerateArray()
            from finding in check.GetProperty("findings").EnumerateArray()
            where finding.GetProperty("namespace").GetString() == Namespace
            select ($"{framework.GetProperty("id").GetString()}/{control.GetProperty("id").GetString()}",
                check.GetProperty("type").GetString()!, finding.GetProperty("status").GetString()!,
                finding.GetProperty("message").GetString()!)];
}
