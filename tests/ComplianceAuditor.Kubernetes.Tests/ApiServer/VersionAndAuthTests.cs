using System.Net;
using System.Text.Json;
using ComplianceAuditor.TestSupport.ApiServer;
using k8s;

namespace ComplianceAuditor.Kubernetes.Tests.ApiServer;

public sealed class VersionAndAuthTests
{
    [Fact]
    public async Task Version_is_read_from_the_git_version()
    {
        await using var harness = await ApiServerHarness.StartAsync();
        harness.Cluster.GitVersion = "v1.30.5-eks-ce1d5eb";

        var version = await harness.Client.Version.GetCodeAsync();

        Assert.Equal(("1", "30", "v1.30.5-eks-ce1d5eb"), (version.Major, version.Minor, version.GitVersion));
    }

    [Fact]
    public async Task Default_version_is_1_31_2_and_answers_both_spellings_of_the_path()
    {
        await using var harness = await ApiServerHarness.StartAsync();
        using var http = harness.NewHttpClient();

        var version = await harness.Client.Version.GetCodeAsync();
        using var plain = JsonDocument.Parse(await http.GetStringAsync(new Uri("version", UriKind.Relative)));

        Assert.Equal(("1", "31", "v1.31.2"), (version.Major, version.Minor, version.GitVersion));
        Assert.Equal("v1.31.2", plain.RootElement.GetProperty("gitVersion").GetString());
        Assert.Equal(["/version/", "/version"], harness.Server.Requests.Select(request => request.PathAndQuery));
    }

    [Fact]
    public async Task Kubeconfig_names_the_context_and_its_token_is_accepted()
    {
        await using var harness = await ApiServerHarness.StartAsync();
        var path = harness.Server.WriteKubeconfig(Path.Combine(Path.GetDirectoryName(harness.KubeconfigPath)!, "other"), "it's-mine", "other-token");

        var config = KubernetesClientConfiguration.BuildConfigFromConfigFile(path);
        using var client = new k8s.Kubernetes(config);
        var namespaces = await client.ListNamespaceAsync();

        Assert.Equal("it's-mine", config.CurrentContext);
        Assert.Equal("other-token", config.AccessToken);
        Assert.Equal(harness.Server.BaseAddress, new Uri(config.Host.TrimEnd('/') + "/"));
        Assert.Empty(namespaces.Items);
    }

    [Fact]
    public async Task Request_without_a_token_is_401_and_consumes_no_fault()
    {
        await using var harness = await ApiServerHarness.StartAsync();
        harness.Server.Faults.Enqueue(FakeResourceKind.Pods, new ForbiddenFault());
        using var anonymous = new k8s.Kubernetes(new KubernetesClientConfiguration { Host = harness.Server.BaseAddress.ToString() });

        var error = await KubernetesErrors.CatchAsync(() => anonymous.ListPodForAllNamespacesAsync());
        var status = KubernetesErrors.Status(error);

        Assert.Equal(HttpStatusCode.Unauthorized, error.Response.StatusCode);
        Assert.Equal(("Failure", "Unauthorized", "Unauthorized", 401), (status.Status, status.Reason, status.Message, status.Code));
        Assert.Equal(1, harness.Server.Faults.Pending);
    }

    [Fact]
    public async Task Request_with_an_unknown_token_is_401()
    {
        await using var harness = await ApiServerHarness.StartAsync();
        using var http = harness.NewHttpClient(token: "stolen");

        using var response = await http.GetAsync(new Uri("api/v1/namespaces", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(401, harness.Server.Requests.Single().StatusCode);
    }

    [Fact]
    public async Task Unknown_path_is_404_Status()
    {
        await using var harness = await ApiServerHarness.StartAsync();
        using var http = harness.NewHttpClient();

        using var response = await http.GetAsync(new Uri("apis/apps/v1/deployments?limit=5", UriKind.Relative));
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(
            """{"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure","message":"the server could not find the requested resource","reason":"NotFound","details":{},"code":404}""",
            body.RootElement.GetRawText());
    }

    [Fact]
    public async Task Requests_are_logged_with_path_query_status_and_UTC_time()
    {
        await using var harness = await ApiServerHarness.StartAsync();
        var before = DateTimeOffset.UtcNow;

        await harness.Client.ListNamespaceAsync(limit: 10);
        var request = Assert.Single(harness.Server.Requests);

        Assert.Equal(("GET", "/api/v1/namespaces?limit=10&watch=false", 200), (request.Method, request.PathAndQuery, request.StatusCode));
        Assert.Equal(TimeSpan.Zero, request.ReceivedAtUtc.Offset);
        Assert.InRange(request.ReceivedAtUtc, before.AddSeconds(-1), DateTimeOffset.UtcNow);
    }
}
