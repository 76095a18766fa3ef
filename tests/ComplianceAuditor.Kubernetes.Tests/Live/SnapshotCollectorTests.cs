using System.Text;
using ComplianceAuditor.Kubernetes.Live;
using ComplianceAuditor.Kubernetes.Manifests;
using ComplianceAuditor.Kubernetes.Snapshots;
using ComplianceAuditor.TestSupport.ApiServer;

namespace ComplianceAuditor.Kubernetes.Tests.Live;

public class SnapshotCollectorTests
{
    private const string PodsPath = "/api/v1/pods";
    private const string PoliciesPath = "/apis/networking.k8s.io/v1/networkpolicies";

    [Fact]
    public async Task Lists_every_kind_page_by_page_with_continue_tokens_and_records_resource_versions()
    {
        await using var live = await LiveCluster.StartAsync(extraPods: 248);
        live.Server.Cluster.Pods.ResourceVersion = "4711";

        var content = await live.SnapshotAsync(live.Options(o => o with { PageSize = 50 }));

        var pods = Assert.Single(content.Sections, s => s.Resource == "pods");
        Assert.Equal(250, pods.Items.Count);
        Assert.Equal("4711", pods.ResourceVersion);
        var requests = live.RequestsFor(PodsPath);
        Assert.Equal(5, requests.Count);
        Assert.All(requests, r => Assert.Contains("limit=50", r.PathAndQuery, StringComparison.Ordinal));
        Assert.Equal(4, requests.Count(r => r.PathAndQuery.Contains("continue=", StringComparison.Ordinal)));
        Assert.Equal(["namespaces", "pods", "networkpolicies.networking.k8s.io"], content.Sections.Select(s => s.Resource));
        Assert.Equal("v1.31.2", content.KubernetesVersion);
        Assert.True(content.IsComplete);
    }

    [Fact]
    public async Task An_expired_continue_token_restarts_the_list_from_the_beginning_without_duplicates()
    {
        await using var live = await LiveCluster.StartAsync(extraPods: 98);
        live.Server.Faults.ExpireContinueTokens(FakeResourceKind.Pods, 1);

        var content = await live.SnapshotAsync(live.Options(o => o with { PageSize = 40 }));

        var pods = Assert.Single(content.Sections, s => s.Resource == "pods");
        Assert.Equal(100, pods.Items.Count);
        Assert.Equal(100, pods.Items.Select(Encoding.UTF8.GetString).Distinct(StringComparer.Ordinal).Count());
        var statuses = live.RequestsFor(PodsPath).Select(r => (r.StatusCode, Continued: r.PathAndQuery.Contains("continue=", StringComparison.Ordinal))).ToList();
        Assert.Equal([(200, false), (410, true), (200, false), (200, true), (200, true)], statuses);
    }

    [Fact]
    public async Task A_continue_token_that_keeps_expiring_fails_after_the_bounded_restarts()
    {
        await using var live = await LiveCluster.StartAsync(extraPods: 98);
        live.Server.Faults.ExpireContinueTokens(FakeResourceKind.Pods, 10);

        var failure = await Assert.ThrowsAsync<LiveClusterException>(() => live.SnapshotAsync(live.Options(o => o with { PageSize = 40, MaxListRestarts = 2 })));

        Assert.StartsWith("cannot list pods: the continue token expired 3 times (410 Gone", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Forbidden_names_the_verb_resource_and_missing_rbac_rule()
    {
        await using var live = await LiveCluster.StartAsync();
        live.Server.Faults.Enqueue(FakeResourceKind.NetworkPolicies, new ForbiddenFault());

        var failure = await Assert.ThrowsAsync<LiveClusterException>(() => live.SnapshotAsync());

        Assert.StartsWith("cannot list networkpolicies.networking.k8s.io at the cluster scope: grant get,list on networkpolicies (apiGroups: [\"networking.k8s.io\"])", failure.Message, StringComparison.Ordinal);
        Assert.Contains("cannot list resource \"networkpolicies\"", failure.Message, StringComparison.Ordinal);
        Assert.Single(live.RequestsFor(PoliciesPath));
    }

    [Fact]
    public async Task With_allow_partial_a_forbidden_resource_is_recorded_as_missing_and_the_rest_is_listed()
    {
        await using var live = await LiveCluster.StartAsync();
        live.Server.Faults.Enqueue(FakeResourceKind.NetworkPolicies, new ForbiddenFault());

        var content = await live.SnapshotAsync(live.Options(o => o with { AllowPartial = true }));

        Assert.False(content.IsComplete);
        var gap = Assert.Single(content.Missing);
        Assert.Equal("networkpolicies.networking.k8s.io", gap.Resource);
        Assert.Contains("grant get,list on networkpolicies", gap.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain(content.Sections, s => s.Resource == gap.Resource);
        var loaded = ManifestLoader.LoadBytes("partial.json", SnapshotWriter.Serialize(content, out _));
        Assert.Equal([gap], loaded.Snapshot.Gaps.ToArray());
    }

    [Fact]
    public async Task Unauthorized_says_the_credentials_are_wrong()
    {
        await using var live = await LiveCluster.StartAsync();
        live.Server.Faults.Enqueue(FakeResourceKind.Namespaces, new UnauthorizedFault());

        var failure = await Assert.ThrowsAsync<LiveClusterException>(() => live.SnapshotAsync());

        Assert.StartsWith("the API server rejected the credentials (401 Unauthorized) when listing namespaces", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Too_many_requests_waits_for_retry_after_then_succeeds()
    {
        await using var live = await LiveCluster.StartAsync();
        live.Server.Faults.Enqueue(FakeResourceKind.Pods, new TooManyRequestsFault(TimeSpan.FromSeconds(1)));
        var progress = new List<string>();

        var content = await live.SnapshotAsync(progress: progress);

        var requests = live.RequestsFor(PodsPath);
        Assert.Equal([429, 200], requests.Select(r => r.StatusCode));
        Assert.True(requests[1].ReceivedAtUtc - requests[0].ReceivedAtUtc >= TimeSpan.FromSeconds(0.95), "Retry-After: 1 was not honoured");
        Assert.Contains(progress, p => p.Contains("429", StringComparison.Ordinal) && p.Contains("retrying in 1 s", StringComparison.Ordinal));
        Assert.Equal(2, content.Sections.Single(s => s.Resource == "pods").Items.Count);
    }

    [Fact]
    public async Task A_server_error_is_retried_with_backoff()
    {
        await using var live = await LiveCluster.StartAsync();
        live.Server.Faults.Enqueue(FakeResourceKind.Pods, new StatusFault(500, "InternalError", "etcdserver: request timed out"));
        live.Server.Faults.Enqueue(FakeResourceKind.Pods, new StatusFault(503, "ServiceUnavailable", "the server is shutting down"));

        var content = await live.SnapshotAsync();

        Assert.Equal([500, 503, 200], live.RequestsFor(PodsPath).Select(r => r.StatusCode));
        Assert.True(content.IsComplete);
    }

    [Fact]
    public async Task A_response_slower_than_the_request_timeout_is_abandoned_and_retried()
    {
        await using var live = await LiveCluster.StartAsync();
        live.Server.Faults.Enqueue(FakeResourceKind.Pods, new DelayFault(TimeSpan.FromSeconds(10)));

        var content = await live.SnapshotAsync(live.Options(o => o with { RequestTimeout = TimeSpan.FromMilliseconds(400) }));

        Assert.Equal(2, content.Sections.Single(s => s.Resource == "pods").Items.Count);
        Assert.Equal(2, live.RequestsFor(PodsPath).Count);
    }

    [Fact]
    public async Task Failures_that_outlast_the_deadline_stop_the_snapshot_with_the_last_error()
    {
        await using var live = await LiveCluster.StartAsync();
        for (var i = 0; i < 50; i++)
        {
            live.Server.Faults.Enqueue(FakeResourceKind.Pods, new StatusFault(500, "InternalError", "etcdserver: leader changed"));
        }

        var failure = await Assert.ThrowsAsync<LiveClusterException>(() => live.SnapshotAsync(live.Options(o => o with { Timeout = TimeSpan.FromSeconds(2) })));

        Assert.Matches(@"^cannot list pods: gave up after \d+ attempts within the 2 s deadline \(--timeout\); the last attempt failed: 500 InternalServerError: etcdserver: leader changed$", failure.Message);
    }

    [Fact]
    public async Task An_absent_admin_policy_crd_is_recorded_as_absent_not_as_an_error()
    {
        await using var live = await LiveCluster.StartAsync();

        var content = await live.SnapshotAsync();

        Assert.Equal(
            [
                "adminnetworkpolicies.policy.networking.k8s.io",
                "baselineadminnetworkpolicies.policy.networking.k8s.io",
                "ciliumnetworkpolicies.cilium.io",
                "ciliumclusterwidenetworkpolicies.cilium.io",
                "networkpolicies.crd.projectcalico.org",
                "globalnetworkpolicies.crd.projectcalico.org",
            ],
            content.Absent);
        Assert.True(content.IsComplete);
    }

    [Fact]
    public async Task Served_admin_policies_are_kept_and_reported_as_not_evaluated()
    {
        await using var live = await LiveCluster.StartAsync();
        live.Server.Cluster.AdminNetworkPolicies.Served = true;
        live.Server.Cluster.AdminNetworkPolicies.Add(FakeObjects.AdminNetworkPolicy("deny-cde", new System.Text.Json.Nodes.JsonObject { ["priority"] = 10 }));

        var content = await live.SnapshotAsync();
        var loaded = ManifestLoader.LoadBytes("snap.json", SnapshotWriter.Serialize(content, out _));

        var anp = Assert.Single(loaded.Snapshot.Unevaluated);
        Assert.Equal(("AdminNetworkPolicy", "deny-cde"), (anp.Kind, anp.Name));
        Assert.Contains(loaded.Diagnostics, d => !d.IsError && d.Message.Contains("is not evaluated", StringComparison.Ordinal));
        Assert.Contains("\"priority\":10", Encoding.UTF8.GetString(content.Sections.Single(s => s.Kind == "AdminNetworkPolicy").Items.Single()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Served_cilium_policies_are_kept_and_reported_as_not_evaluated()
    {
        await using var live = await LiveCluster.StartAsync();
        live.Server.Cluster.CiliumNetworkPolicies.Served = true;
        live.Server.Cluster.CiliumNetworkPolicies.Add(FakeObjects.CiliumNetworkPolicy("payments", "allow-world", new System.Text.Json.Nodes.JsonObject { ["endpointSelector"] = new System.Text.Json.Nodes.JsonObject() }));

        var content = await live.SnapshotAsync();
        var loaded = ManifestLoader.LoadBytes("snap.json", SnapshotWriter.Serialize(content, out _));

        Assert.DoesNotContain("ciliumnetworkpolicies.cilium.io", content.Absent);
        var cnp = Assert.Single(loaded.Snapshot.Unevaluated);
        Assert.Equal(("CiliumNetworkPolicy", "payments", "allow-world", "cilium.io/v2"), (cnp.Kind, cnp.Namespace, cnp.Name, cnp.ApiVersion));
        Assert.True(content.IsComplete);
        var fromFile = ManifestLoader.LoadText("cnp.yaml", "apiVersion: cilium.io/v2\nkind: CiliumNetworkPolicy\nmetadata: {name: allow-world, namespace: payments}\nspec: {endpointSelector: {}}\n");
        Assert.Equal(Assert.Single(fromFile.Snapshot.Unevaluated).SpecSha256, cnp.SpecSha256);
    }

    [Fact]
    public async Task Cilium_specs_are_kept_so_the_policy_inventory_sees_them()
    {
        await using var live = await LiveCluster.StartAsync();
        live.Server.Cluster.CiliumNetworkPolicies.Served = true;
        var policy = FakeObjects.CiliumNetworkPolicy("payments", "rules", new System.Text.Json.Nodes.JsonObject { ["endpointSelector"] = new System.Text.Json.Nodes.JsonObject() });
        policy.Remove("spec");
        policy["specs"] = new System.Text.Json.Nodes.JsonArray(new System.Text.Json.Nodes.JsonObject { ["endpointSelector"] = new System.Text.Json.Nodes.JsonObject() });
        live.Server.Cluster.CiliumNetworkPolicies.Add(policy);

        var content = await live.SnapshotAsync();

        Assert.Contains("\"specs\":[{\"endpointSelector\":{}}]", Encoding.UTF8.GetString(content.Sections.Single(s => s.Kind == "CiliumNetworkPolicy").Items.Single()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Secrets_and_noise_leave_no_trace_in_the_snapshot_bytes()
    {
        await using var live = await LiveCluster.StartAsync();

        var bytes = SnapshotWriter.Serialize(await live.SnapshotAsync(), out _);
        var text = Encoding.UTF8.GetString(bytes);

        Assert.DoesNotContain(FakeObjects.SecretEnvValue, text, StringComparison.Ordinal);
        Assert.DoesNotContain("last-applied-configuration", text, StringComparison.Ordinal);
        Assert.DoesNotContain("managedFields", text, StringComparison.Ordinal);
        Assert.DoesNotContain("DB_PASSWORD", text, StringComparison.Ordinal);
        Assert.DoesNotContain("volumes", text, StringComparison.Ordinal);
        Assert.DoesNotContain("/bin/app", text, StringComparison.Ordinal);
        Assert.Contains("\"containers\":[{\"name\":\"app\",\"ports\":[{\"name\":\"http\",\"containerPort\":8080,\"protocol\":\"TCP\"}]}]", text, StringComparison.Ordinal);
    }
}
