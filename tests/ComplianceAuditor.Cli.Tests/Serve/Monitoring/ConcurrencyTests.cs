using ComplianceAuditor.Cli.Serve.Config;
using ComplianceAuditor.Cli.Serve.Monitoring;
using static ComplianceAuditor.Cli.Tests.Serve.Monitoring.MetricsFixtures;

namespace ComplianceAuditor.Cli.Tests.Serve.Monitoring;

/// <summary>Jobs report from pool threads while Kestrel scrapes: every scrape must parse and be one consistent state.</summary>
public sealed class ConcurrencyTests : IDisposable
{
    private const int Threads = 8;
    private const int RunsPerThread = 500;

    private readonly DirectoryInfo temp = Directory.CreateTempSubdirectory("metrics-threads-");

    [Fact]
    public async Task Scrapes_during_many_concurrent_runs_are_consistent_and_the_final_counts_exact()
    {
        var metrics = new ServiceMetrics(TimeProvider.System);
        string[] names = ["a", "b", "c"];
        metrics.Configure(names.Select(n => Target(n, new TargetCluster.Demo(), Path.Combine(temp.FullName, n))));
        using var stop = new CancellationTokenSource();
        var scraper = Task.Run(() => ScrapeUntil(metrics, names, stop.Token));

        var workers = Enumerable.Range(0, Threads).Select(thread => Task.Run(() =>
        {
            for (var i = 0; i < RunsPerThread; i++)
            {
                var target = names[(thread + i) % names.Length];
                metrics.RunStarted(target);
                metrics.SetNextFire(target, DateTimeOffset.UnixEpoch.AddSeconds(i));
                metrics.RunCompleted(Outcome(target, i % 3, DateTimeOffset.UnixEpoch, TimeSpan.FromSeconds(i), scores: Scores(($"f{i % 5}", i))));
            }
        })).ToList();
        await Task.WhenAll(workers);
        await stop.CancelAsync();
        var scrapes = await scraper;

        var final = Parse(metrics);
        Assert.True(scrapes > 0);
        Assert.Equal(Threads * RunsPerThread, final.Named("compliance_auditor_runs_total").Sum(s => s.Value));
        Assert.Equal(Threads * Enumerable.Range(0, RunsPerThread).Count(i => i % 3 == 2), final.Named("compliance_auditor_run_failures_total").Sum(s => s.Value));
        Assert.All(final.Named("compliance_auditor_running"), s => Assert.Equal(0, s.Value));
    }

    public void Dispose() => temp.Delete(recursive: true);

    /// <returns>How many scrapes were checked.</returns>
    private static int ScrapeUntil(ServiceMetrics metrics, string[] names, CancellationToken stop)
    {
        var previous = 0.0;
        var scrapes = 0;
        do
        {
            var scrape = Parse(metrics);
            var total = scrape.Named("compliance_auditor_runs_total").Sum(s => s.Value);
            Assert.True(total >= previous, $"runs_total went back from {previous} to {total}");
            previous = total;
            foreach (var name in names)
            {
                Assert.Equal(scrape.Value("compliance_auditor_runs_total", ("target", name), ("result", "failed")), scrape.Value("compliance_auditor_run_failures_total", ("target", name)));
                Assert.InRange(scrape.Value("compliance_auditor_running", ("target", name)) ?? -1, 0, Threads);
            }

            scrapes++;
        }
        while (!stop.IsCancellationRequested);
        return scrapes;
    }
}
