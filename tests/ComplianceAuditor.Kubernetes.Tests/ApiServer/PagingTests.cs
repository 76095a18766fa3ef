using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using ComplianceAuditor.TestSupport.ApiServer;
using k8s;
using k8s.Models;

namespace ComplianceAuditor.Kubernetes.Tests.ApiServer;

public sealed class PagingTests
{
    private const string AnpGroup = "policy.networking.k8s.io";
    private const string AnpVersion = "v1alpha1";

    [Fact]
    public async Task Namespaces_page_through_every_item_once_in_order()
    {
        await using var harness = await ApiServerHarness.StartAsync();
        var names = Enumerable.Range(0, 7).Select(index => $"ns-{index}").ToArray();
        foreach (var name in names)
        {
            harness.Cluster.Namespaces.Add(FakeObjects.Namespace(name));
        }

        var pages = await PageAsync(async token =>
        {
            var list = await harness.Client.ListNamespaceAsync(limit: 3, continueParameter: token);
            return (list.Items.Select(item => item.Metadata.Name), list.Metadata);
        });

        Assert.Equal(names, pages.SelectMany(page => page.Names));
        Assert.Equal(new long?[] { 4, 1, null }, pages.Select(page => page.Metadata.RemainingItemCount));
        Assert.Null(pages[^1].Metadata.ContinueProperty);
        Assert.All(pages, page => Assert.Equal("12345", page.Metadata.ResourceVersion));
    }

    [Fact]
    public async Task Pods_mix_stored_and_generated_items_in_the_order_they_were_added()
    {
        await using var harness = await ApiServerHarness.StartAsync();
        var pods = harness.Cluster.Pods;
        pods.Add(FakeObjects.Pod("shop", "first", "10.1.0.1"));
        pods.Generate(5, index => FakeObjects.Pod("gen", $"gen-{index}", $"10.2.0.{index}"));
        pods.Add(FakeObjects.Pod("shop", "last", "10.1.0.2", new Dictionary<string, string> { ["app"] = "web" }));

        var pages = await PageAsync(async token =>
        {
            var list = await harness.Client.ListPodForAllNamespacesAsync(limit: 4, continueParameter: token);
            return (list.Items.Select(item => $"{item.Metadata.NamespaceProperty}/{item.Metadata.Name}/{item.Status.PodIP}"), list.Metadata);
        });

        Assert.Equal(7, pods.Count);
        Assert.Equal(
            ["shop/first/10.1.0.1", "gen/gen-0/10.2.0.0", "gen/gen-1/10.2.0.1", "gen/gen-2/10.2.0.2", "gen/gen-3/10.2.0.3", "gen/gen-4/10.2.0.4", "shop/last/10.1.0.2"],
            pages.SelectMany(page => page.Names));
        Assert.Equal(new long?[] { 3, null }, pages.Select(page => page.Metadata.RemainingItemCount));
    }

    [Fact]
    public async Task Stored_items_are_copies_taken_when_added()
    {
        await using var harness = await ApiServerHarness.StartAsync();
        var pod = FakeObjects.Pod("shop", "web", "10.1.0.1");
        harness.Cluster.Pods.Add(pod);
        pod["metadata"]!["name"] = "changed-afterwards";

        var list = await harness.Client.ListPodForAllNamespacesAsync();

        Assert.Equal("web", Assert.Single(list.Items).Metadata.Name);
    }

    [Fact]
    public async Task Network_policies_page_with_the_networking_list_kind()
    {
        await using var harness = await ApiServerHarness.StartAsync();
        for (var index = 0; index < 5; index++)
        {
            harness.Cluster.NetworkPolicies.Add(FakeObjects.NetworkPolicy("shop", $"np-{index}", new JsonObject { ["podSelector"] = new JsonObject() }));
        }

        var pages = await PageAsync(async token =>
        {
            var list = await harness.Client.ListNetworkPolicyForAllNamespacesAsync(limit: 2, continueParameter: token);
            Assert.Equal(("NetworkPolicyList", "networking.k8s.io/v1"), (list.Kind, list.ApiVersion));
            return (list.Items.Select(item => item.Metadata.Name), list.Metadata);
        });

        Assert.Equal(["np-0", "np-1", "np-2", "np-3", "np-4"], pages.SelectMany(page => page.Names));
        Assert.Equal(new long?[] { 3, 1, null }, pages.Select(page => page.Metadata.RemainingItemCount));
    }

    [Theory]
    [InlineData("adminnetworkpolicies", "AdminNetworkPolicyList", "AdminNetworkPolicy")]
    [InlineData("baselineadminnetworkpolicies", "BaselineAdminNetworkPolicyList", "BaselineAdminNetworkPolicy")]
    public async Task Admin_network_policies_page_through_the_custom_objects_API(string plural, string listKind, string kind)
    {
        await using var harness = await ApiServerHarness.StartAsync();
        var resource = plural == "adminnetworkpolicies" ? harness.Cluster.AdminNetworkPolicies : harness.Cluster.BaselineAdminNetworkPolicies;
        for (var index = 0; index < 3; index++)
        {
            var spec = new JsonObject { ["priority"] = index, ["subject"] = new JsonObject { ["namespaces"] = new JsonObject() } };
            var item = kind == "AdminNetworkPolicy" ? FakeObjects.AdminNetworkPolicy($"anp-{index}", spec) : FakeObjects.BaselineAdminNetworkPolicy(spec);
            item["metadata"]!["name"] = $"anp-{index}";
            resource.Add(item);
        }

        var pages = await PageAsync(async token =>
        {
            var list = await harness.Client.CustomObjects.ListClusterCustomObjectAsync<JsonObject>(AnpGroup, AnpVersion, plural, limit: 2, continueParameter: token);
            Assert.Equal((listKind, "policy.networking.k8s.io/v1alpha1"), ((string?)list["kind"], (string?)list["apiVersion"]));
            var items = list["items"]!.AsArray();
            Assert.All(items, item => Assert.Equal(kind, (string?)item!["kind"]));
            return (items.Select(item => (string)item!["metadata"]!["name"]!), list["metadata"].Deserialize<V1ListMeta>()!);
        });

        Assert.Equal(["anp-0", "anp-1", "anp-2"], pages.SelectMany(page => page.Names));
    }

    [Theory]
    [InlineData(null)]
    [InlineData(0)]
    public async Task No_limit_or_limit_zero_returns_everything_without_a_continue_token(int? limit)
    {
        await using var harness = await ApiServerHarness.StartAsync();
        harness.Cluster.Pods.Generate(1500, index => new JsonObject { ["metadata"] = new JsonObject { ["name"] = $"p{index}", ["namespace"] = "n" } });

        var list = await harness.Client.ListPodForAllNamespacesAsync(limit: limit);

        Assert.Equal(1500, list.Items.Count);
        Assert.Null(list.Metadata.ContinueProperty);
        Assert.Null(list.Metadata.RemainingItemCount);
    }

    [Fact]
    public async Task List_JSON_has_the_API_server_shape()
    {
        await using var harness = await ApiServerHarness.StartAsync();
        harness.Cluster.Pods.ResourceVersion = "777";
        harness.Cluster.Pods.Generate(3, index => new JsonObject { ["metadata"] = new JsonObject { ["name"] = $"p{index}" } });
        using var http = harness.NewHttpClient();

        using var page = JsonDocument.Parse(await http.GetStringAsync(new Uri("api/v1/pods?limit=1", UriKind.Relative)));
        var root = page.RootElement;
        var token = root.GetProperty("metadata").GetProperty("continue").GetString();

        Assert.Equal(["kind", "apiVersion", "metadata", "items"], root.EnumerateObject().Select(property => property.Name));
        Assert.Equal(("PodList", "v1"), (root.GetProperty("kind").GetString(), root.GetProperty("apiVersion").GetString()));
        Assert.Equal(
            $$"""{"resourceVersion":"777","continue":"{{token}}","remainingItemCount":2}""",
            root.GetProperty("metadata").GetRawText());
        Assert.Equal("""[{"metadata":{"name":"p0"}}]""", root.GetProperty("items").GetRawText());
    }

    [Fact]
    public async Task Later_pages_keep_the_resource_version_of_the_first()
    {
        await using var harness = await ApiServerHarness.StartAsync();
        harness.Cluster.Namespaces.Generate(4, index => new JsonObject { ["metadata"] = new JsonObject { ["name"] = $"n{index}" } });
        harness.Cluster.Namespaces.ResourceVersion = "100";

        var first = await harness.Client.ListNamespaceAsync(limit: 2);
        harness.Cluster.Namespaces.ResourceVersion = "200";
        var second = await harness.Client.ListNamespaceAsync(limit: 2, continueParameter: first.Metadata.ContinueProperty);
        var fresh = await harness.Client.ListNamespaceAsync(limit: 2);

        Assert.Equal(("100", "100", "200"), (first.Metadata.ResourceVersion, second.Metadata.ResourceVersion, fresh.Metadata.ResourceVersion));
    }

    [Theory]
    [InlineData("not-base64!")]
    [InlineData("cG9kc3x4fDE")]
    public async Task Malformed_continue_token_is_400_BadRequest(string token)
    {
        await using var harness = await ApiServerHarness.StartAsync();

        var error = await KubernetesErrors.CatchAsync(() => harness.Client.ListPodForAllNamespacesAsync(limit: 1, continueParameter: token));
        var status = KubernetesErrors.Status(error);

        Assert.Equal(HttpStatusCode.BadRequest, error.Response.StatusCode);
        Assert.Equal(("BadRequest", 400), (status.Reason, status.Code));
        Assert.StartsWith("invalid continue token: ", status.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Continue_token_of_another_resource_is_400_BadRequest()
    {
        await using var harness = await ApiServerHarness.StartAsync();
        harness.Cluster.Namespaces.Generate(3, index => new JsonObject { ["metadata"] = new JsonObject { ["name"] = $"n{index}" } });
        var namespaces = await harness.Client.ListNamespaceAsync(limit: 1);

        var error = await KubernetesErrors.CatchAsync(() => harness.Client.ListPodForAllNamespacesAsync(limit: 1, continueParameter: namespaces.Metadata.ContinueProperty));

        Assert.Equal(HttpStatusCode.BadRequest, error.Response.StatusCode);
        Assert.Contains("\"namespaces\"", KubernetesErrors.Status(error).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unparseable_limit_is_400_BadRequest()
    {
        await using var harness = await ApiServerHarness.StartAsync();
        using var http = harness.NewHttpClient();

        using var response = await http.GetAsync(new Uri("api/v1/pods?limit=ten", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Unserved_custom_resource_is_404_NotFound()
    {
        await using var harness = await ApiServerHarness.StartAsync();
        harness.Cluster.AdminNetworkPolicies.Served = false;

        var error = await KubernetesErrors.CatchAsync(() => harness.Client.CustomObjects.ListClusterCustomObjectAsync(AnpGroup, AnpVersion, "adminnetworkpolicies"));
        var status = KubernetesErrors.Status(error);
        var baseline = await harness.Client.CustomObjects.ListClusterCustomObjectAsync<JsonObject>(AnpGroup, AnpVersion, "baselineadminnetworkpolicies");

        Assert.Equal(HttpStatusCode.NotFound, error.Response.StatusCode);
        Assert.Equal(("Failure", "NotFound", "the server could not find the requested resource", 404), (status.Status, status.Reason, status.Message, status.Code));
        Assert.Empty(baseline["items"]!.AsArray());
    }

    internal static async Task<List<(string[] Names, V1ListMeta Metadata)>> PageAsync(Func<string?, Task<(IEnumerable<string> Names, V1ListMeta Metadata)>> list)
    {
        var pages = new List<(string[], V1ListMeta)>();
        string? token = null;
        do
        {
            var (names, metadata) = await list(token);
            pages.Add((names.ToArray(), metadata));
            token = metadata.ContinueProperty;
            Assert.True(pages.Count < 1000, "the continue tokens never ran out");
        }
        while (!string.IsNullOrEmpty(token));

        return pages;
    }
}
