using System.Diagnostics;
using System.Net;
using System.Text.Json.Nodes;
using ComplianceAuditor.TestSupport.ApiServer;
using k8s;

namespace ComplianceAuditor.Kubernetes.Tests.ApiServer;

public sealed class FaultTests
{
    [Fact]
    public async Task Forbidden_on_core_pods_has_the_RBAC_message_and_details_without_a_group()
    {
        await using var harness = await ApiServerHarness.StartAsync();
        harness.Server.Faults.Enqueue(FakeResourceKind.Pods, new ForbiddenFault());

        var error = await KubernetesErrors.CatchAsync(() => harness.Client.ListPodForAllNamespacesAsync(limit: 500));
        var status = KubernetesErrors.Status(error);

        Assert.Equal(HttpStatusCode.Forbidden, error.Response.StatusCode);
        Assert.Equal(
            """pods is forbidden: User "system:serviceaccount:audit:compliance-auditor" cannot list resource "pods" in API group "" at the cluster scope""",
            status.Message);
        Assert.Equal(("Failure", "Forbidden", 403), (status.Status, status.Reason, status.Code));
        Assert.Equal(("pods", null), (status.Details.Kind, status.Details.Group));
        Assert.Contains("\"details\":{\"kind\":\"pods\"}", error.Response.Content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Forbidden_on_a_grouped_resource_names_the_group_and_user()
    {
        await using var harness = await ApiServerHarness.StartAsync();
        harness.Server.Faults.Enqueue(FakeResourceKind.AdminNetworkPolicies, new ForbiddenFault("system:serviceaccount:audit:reader"));

        var error = await KubernetesErrors.CatchAsync(() => harness.Client.CustomObjects.ListClusterCustomObjectAsync("policy.networking.k8s.io", "v1alpha1", "adminnetworkpolicies"));
        var status = KubernetesErrors.Status(error);

        Assert.Equal(
            """adminnetworkpolicies.policy.networking.k8s.io is forbidden: User "system:serviceaccount:audit:reader" cannot list resource "adminnetworkpolicies" in API group "policy.networking.k8s.io" at the cluster scope""",
            status.Message);
        Assert.Equal(("adminnetworkpolicies", "policy.networking.k8s.io"), (status.Details.Kind, status.Details.Group));
    }

    [Fact]
    public async Task Unauthorized_fault_is_401_Status()
    {
        await using var harness = await ApiServerHarness.StartAsync();
        harness.Server.Faults.Enqueue(FakeResourceKind.Namespaces, new UnauthorizedFault());

        var error = await KubernetesErrors.CatchAsync(() => harness.Client.ListNamespaceAsync());
        var status = KubernetesErrors.Status(error);

        Assert.Equal(HttpStatusCode.Unauthorized, error.Response.StatusCode);
        Assert.Equal(("Unauthorized", "Unauthorized", 401), (status.Reason, status.Message, status.Code));
    }

    [Fact]
    public async Task Too_many_requests_has_Retry_After_rounded_up_and_a_Status()
    {
        await using var harness = await ApiServerHarness.StartAsync();
        harness.Server.Faults.Enqueue(FakeResourceKind.NetworkPolicies, new TooManyRequestsFault(TimeSpan.FromMilliseconds(1500)));

        var error = await KubernetesErrors.CatchAsync(() => harness.Client.ListNetworkPolicyForAllNamespacesAsync());
        var status = KubernetesErrors.Status(error);

        Assert.Equal(HttpStatusCode.TooManyRequests, error.Response.StatusCode);
        Assert.Equal("2", KubernetesErrors.Header(error, "Retry-After"));
        Assert.Equal(("TooManyRequests", "Too many requests, please try again later.", 429, 2), (status.Reason, status.Message, status.Code, status.Details.RetryAfterSeconds));
    }

    [Fact]
    public async Task Too_many_requests_from_priority_and_fairness_is_plain_text()
    {
        await using var harness = await ApiServerHarness.StartAsync();
        harness.Server.Faults.Enqueue(FakeResourceKind.Pods, new TooManyRequestsFault(TimeSpan.FromSeconds(1), PlainTextBody: true));

        var error = await KubernetesErrors.CatchAsync(() => harness.Client.ListPodForAllNamespacesAsync());

        Assert.Equal(HttpStatusCode.TooManyRequests, error.Response.StatusCode);
        Assert.Equal("1", KubernetesErrors.Header(error, "Retry-After"));
        Assert.Equal("text/plain; charset=utf-8", KubernetesErrors.Header(error, "Content-Type"));
        Assert.Equal("Too many requests, please try again later.\n", error.Response.Content);
    }

    [Fact]
    public async Task Status_fault_carries_code_reason_message_and_optional_Retry_After()
    {
        await using var harness = await ApiServerHarness.StartAsync();
        harness.Server.Faults.Enqueue(FakeResourceKind.Pods, new StatusFault(500, "InternalError", "Internal error occurred: etcdserver: request timed out"));
        harness.Server.Faults.Enqueue(FakeResourceKind.Pods, new StatusFault(504, "Timeout", "Timeout: request did not complete within requested timeout", TimeSpan.FromSeconds(3)));

        var internalError = await KubernetesErrors.CatchAsync(() => harness.Client.ListPodForAllNamespacesAsync());
        var timeout = await KubernetesErrors.CatchAsync(() => harness.Client.ListPodForAllNamespacesAsync());

        Assert.Equal(HttpStatusCode.InternalServerError, internalError.Response.StatusCode);
        Assert.Equal(("InternalError", "Internal error occurred: etcdserver: request timed out", 500), (KubernetesErrors.Status(internalError).Reason, KubernetesErrors.Status(internalError).Message, KubernetesErrors.Status(internalError).Code));
        Assert.Null(KubernetesErrors.Header(internalError, "Retry-After"));
        Assert.Equal(HttpStatusCode.GatewayTimeout, timeout.Response.StatusCode);
        Assert.Equal("3", KubernetesErrors.Header(timeout, "Retry-After"));
        Assert.Equal(3, KubernetesErrors.Status(timeout).Details.RetryAfterSeconds);
    }

    [Fact]
    public async Task Faults_are_used_one_per_request_in_order_then_the_list_answers()
    {
        await using var harness = await ApiServerHarness.StartAsync();
        harness.Cluster.Pods.Add(FakeObjects.Pod("shop", "web", "10.1.0.1"));
        harness.Server.Faults.Enqueue(FakeResourceKind.Pods, new TooManyRequestsFault(TimeSpan.FromSeconds(1)));
        harness.Server.Faults.Enqueue(FakeResourceKind.Pods, new StatusFault(500, "InternalError", "boom"));
        harness.Server.Faults.Enqueue(FakeResourceKind.Namespaces, new ForbiddenFault());

        var first = await KubernetesErrors.CatchAsync(() => harness.Client.ListPodForAllNamespacesAsync());
        var second = await KubernetesErrors.CatchAsync(() => harness.Client.ListPodForAllNamespacesAsync());
        var third = await harness.Client.ListPodForAllNamespacesAsync();

        Assert.Equal((HttpStatusCode.TooManyRequests, HttpStatusCode.InternalServerError), (first.Response.StatusCode, second.Response.StatusCode));
        Assert.Single(third.Items);
        Assert.Equal(1, harness.Server.Faults.Pending);
    }

    [Fact]
    public async Task Fault_by_path_applies_to_version()
    {
        await using var harness = await ApiServerHarness.StartAsync();
        harness.Server.Faults.Enqueue("/version", new ForbiddenFault("system:anonymous"));

        var error = await KubernetesErrors.CatchAsync(() => harness.Client.Version.GetCodeAsync());

        Assert.Equal(HttpStatusCode.Forbidden, error.Response.StatusCode);
        Assert.Equal("""forbidden: User "system:anonymous" cannot get path "/version" """.TrimEnd(), KubernetesErrors.Status(error).Message);
    }

    [Fact]
    public async Task Concurrent_requests_each_use_at_most_one_fault()
    {
        await using var harness = await ApiServerHarness.StartAsync();
        harness.Cluster.Pods.Generate(200, index => new JsonObject { ["metadata"] = new JsonObject { ["name"] = $"p{index}" } });
        for (var index = 0; index < 5; index++)
        {
            harness.Server.Faults.Enqueue(FakeResourceKind.Pods, new ForbiddenFault());
        }

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 24).Select(async _ =>
        {
            try
            {
                return (await harness.Client.ListPodForAllNamespacesAsync(limit: 100)).Items.Count;
            }
            catch (k8s.Autorest.HttpOperationException error) when (error.Response.StatusCode == HttpStatusCode.Forbidden)
            {
                return -1;
            }
        }));

        Assert.Equal(5, outcomes.Count(count => count == -1));
        Assert.All(outcomes.Where(count => count != -1), count => Assert.Equal(100, count));
        Assert.Equal(24, harness.Server.Requests.Count);
    }

    [Fact]
    public async Task Delay_fault_answers_normally_after_the_delay()
    {
        await using var harness = await ApiServerHarness.StartAsync();
        harness.Cluster.Namespaces.Add(FakeObjects.Namespace("shop"));
        harness.Server.Faults.Enqueue(FakeResourceKind.Namespaces, new DelayFault(TimeSpan.FromMilliseconds(300)));

        var stopwatch = Stopwatch.StartNew();
        var list = await harness.Client.ListNamespaceAsync();

        Assert.InRange(stopwatch.Elapsed, TimeSpan.FromMilliseconds(290), TimeSpan.FromSeconds(5));
        Assert.Equal("shop", Assert.Single(list.Items).Metadata.Name);
    }
}
