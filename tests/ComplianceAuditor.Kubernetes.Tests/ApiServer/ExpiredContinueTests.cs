using System.Net;
using System.Text.Json.Nodes;
using ComplianceAuditor.TestSupport.ApiServer;
using k8s;

namespace ComplianceAuditor.Kubernetes.Tests.ApiServer;

public sealed class ExpiredContinueTests
{
    private const string ExpiredMessage =
        "The provided continue parameter is too old to display a consistent list result. You can start a new list without the continue parameter, "
        + "or use the continue token in this response to retrieve the remainder of the results. Continuing with the provided token results in an "
        + "inconsistent list - objects that were created, modified, or deleted between the time the first chunk was returned and now may show up in the list.";

    [Fact]
    public async Task Expired_token_is_410_and_its_Status_token_resumes_at_the_current_version()
    {
        await using var harness = await ApiServerHarness.StartAsync();
        harness.Cluster.Pods.Generate(5, index => new JsonObject { ["metadata"] = new JsonObject { ["name"] = $"p{index}" } });
        harness.Server.Faults.ExpireContinueTokens(FakeResourceKind.Pods, 1);

        // The first page carries no continue token, so it does not use up the expiry.
        var first = await harness.Client.ListPodForAllNamespacesAsync(limit: 2);
        harness.Cluster.Pods.ResourceVersion = "99999";
        var error = await KubernetesErrors.CatchAsync(() => harness.Client.ListPodForAllNamespacesAsync(limit: 2, continueParameter: first.Metadata.ContinueProperty));
        var status = KubernetesErrors.Status(error);
        var resumed = await harness.Client.ListPodForAllNamespacesAsync(limit: 2, continueParameter: status.Metadata.ContinueProperty);
        var last = await harness.Client.ListPodForAllNamespacesAsync(limit: 2, continueParameter: resumed.Metadata.ContinueProperty);

        Assert.Equal(HttpStatusCode.Gone, error.Response.StatusCode);
        Assert.Equal(("Failure", "Expired", ExpiredMessage, 410), (status.Status, status.Reason, status.Message, status.Code));
        Assert.Equal(["p2", "p3"], resumed.Items.Select(pod => pod.Metadata.Name));
        Assert.Equal("99999", resumed.Metadata.ResourceVersion);
        Assert.Equal(["p4"], last.Items.Select(pod => pod.Metadata.Name));
        Assert.Equal([200, 410, 200, 200], harness.Server.Requests.Select(request => request.StatusCode));
    }

    [Fact]
    public async Task Expiry_counts_down_once_per_request_with_a_token_and_only_for_its_resource()
    {
        await using var harness = await ApiServerHarness.StartAsync();
        harness.Cluster.Namespaces.Generate(3, index => new JsonObject { ["metadata"] = new JsonObject { ["name"] = $"n{index}" } });
        harness.Cluster.Pods.Generate(3, index => new JsonObject { ["metadata"] = new JsonObject { ["name"] = $"p{index}" } });
        harness.Server.Faults.ExpireContinueTokens(FakeResourceKind.Namespaces, 2);
        var namespaces = await harness.Client.ListNamespaceAsync(limit: 1);
        var pods = await harness.Client.ListPodForAllNamespacesAsync(limit: 1);

        var podsNext = await harness.Client.ListPodForAllNamespacesAsync(limit: 1, continueParameter: pods.Metadata.ContinueProperty);
        var firstTry = await KubernetesErrors.CatchAsync(() => harness.Client.ListNamespaceAsync(limit: 1, continueParameter: namespaces.Metadata.ContinueProperty));
        var secondTry = await KubernetesErrors.CatchAsync(() => harness.Client.ListNamespaceAsync(limit: 1, continueParameter: namespaces.Metadata.ContinueProperty));
        var thirdTry = await harness.Client.ListNamespaceAsync(limit: 1, continueParameter: namespaces.Metadata.ContinueProperty);

        Assert.Equal(["p1"], podsNext.Items.Select(pod => pod.Metadata.Name));
        Assert.Equal((HttpStatusCode.Gone, HttpStatusCode.Gone), (firstTry.Response.StatusCode, secondTry.Response.StatusCode));
        Assert.Equal(["n1"], thirdTry.Items.Select(item => item.Metadata.Name));
        Assert.Equal(0, harness.Server.Faults.Pending);
    }
}
