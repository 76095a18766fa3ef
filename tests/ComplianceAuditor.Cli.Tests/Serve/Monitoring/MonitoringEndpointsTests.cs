using System.Net;
using ComplianceAuditor.Cli.Serve.Config;
using ComplianceAuditor.Cli.Serve.Monitoring;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;
using static ComplianceAuditor.Cli.Tests.Serve.Monitoring.MetricsFixtures;

namespace ComplianceAuditor.Cli.Tests.Serve.Monitoring;

/// <summary>/metrics and /healthz served by a real Kestrel on a free loopback port, as `serve` hosts them.</summary>
public sealed class MonitoringEndpointsTests : IAsyncLifetime, IDisposable
{
    private readonly DirectoryInfo temp = Directory.CreateTempSubdirectory("metrics-http-");
    private readonly ServiceMetrics metrics = new(new ManualClock(T0));
    private readonly HttpClient client = new();
    private Func<CancellationToken, Task<HealthState>> health = _ => Task.FromResult(new HealthState(true, "scheduler started"));
    private WebApplication? app;

    public async Task InitializeAsync()
    {
        metrics.Configure([Target("prod-eu", new TargetCluster.Context("prod-eu", null, TimeSpan.FromMinutes(5)), Path.Combine(temp.FullName, "prod-eu"))]);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions());
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        app = builder.Build();
        MonitoringEndpoints.Map(app, metrics, token => health(token));
        await app.StartAsync();
        client.BaseAddress = new Uri(app.Urls.Single());
    }

    public void Dispose() => client.Dispose();

    public async Task DisposeAsync()
    {
        if (app is not null)
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }

        temp.Delete(recursive: true);
    }

    [Fact]
    public async Task Metrics_answers_the_exposition_text_with_the_prometheus_content_type()
    {
        metrics.RunCompleted(Outcome("prod-eu", 0, T0, TimeSpan.FromSeconds(5), scores: Scores(("pci-dss \"4.0.1\"", 91.5))));

        using var response = await client.GetAsync(new Uri("/metrics", UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain; version=0.0.4; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        Assert.Equal(Scrape(metrics), body);
        var scrape = ExpositionParser.Parse(body);
        Assert.Equal(91.5, scrape.Value("compliance_auditor_score_percent", ("framework", "pci-dss \"4.0.1\"")));
    }

    [Fact]
    public async Task Healthz_answers_200_ok_with_the_detail()
    {
        var (status, body) = await GetHealthAsync();

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("ok: scheduler started\n", body);
    }

    [Fact]
    public async Task Healthz_answers_503_with_the_reason_escaped_when_unhealthy()
    {
        health = _ => Task.FromResult(new HealthState(false, "store unreachable\nforged: line"));

        var (status, body) = await GetHealthAsync();

        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.Equal("unhealthy: store unreachable\\u000aforged: line\n", body);
    }

    [Fact]
    public async Task Healthz_answers_503_when_the_check_throws()
    {
        health = _ => throw new InvalidOperationException("scheduler is shut down");

        var (status, body) = await GetHealthAsync();

        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.Equal("unhealthy: the health check failed: scheduler is shut down\n", body);
    }

    [Fact]
    public async Task Healthz_answers_503_when_the_check_does_not_answer_in_time_whether_or_not_it_honours_cancellation()
    {
        var never = new TaskCompletionSource<HealthState>();
        var calls = 0;
        health = token => Interlocked.Increment(ref calls) == 1 ? HonoursAsync(token) : never.Task;

        var answers = await Task.WhenAll(GetHealthAsync(), GetHealthAsync());

        Assert.Equal(2, calls);
        Assert.All(answers, a =>
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, a.Status);
            Assert.Equal("unhealthy: the health check did not answer within 2 s\n", a.Body);
        });

        static async Task<HealthState> HonoursAsync(CancellationToken token)
        {
            await Task.Delay(Timeout.Infinite, token);
            return new HealthState(true, "never");
        }
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/metrics/extra")]
    [InlineData("/health")]
    [InlineData("/favicon.ico")]
    public async Task Any_other_path_is_404(string path)
    {
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private async Task<(HttpStatusCode Status, string Body)> GetHealthAsync()
    {
        using var response = await client.GetAsync(new Uri("/healthz", UriKind.Relative));
        Assert.Equal("text/plain; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }
}
