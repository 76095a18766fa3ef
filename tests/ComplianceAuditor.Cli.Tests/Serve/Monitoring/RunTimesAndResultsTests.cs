using ComplianceAuditor.Cli.Serve.Config;
using ComplianceAuditor.Cli.Serve.Monitoring;
using static ComplianceAuditor.Cli.Tests.Serve.Monitoring.MetricsFixtures;

namespace ComplianceAuditor.Cli.Tests.Serve.Monitoring;

/// <summary>
/// Last-run times are start times, whoever made the run; abandoned runs are not failures; the score's
/// cluster label is the configured source, one series per target whatever the input files were called.
/// </summary>
public sealed class RunTimesAndResultsTests : IDisposable
{
    private static readonly DateTime Written = new(2026, 11, 29, 4, 0, 0, DateTimeKind.Utc);

    private readonly DirectoryInfo temp = Directory.CreateTempSubdirectory("metrics-times-");
    private readonly ManualClock clock = new(T0);

    private string Out => Path.Combine(temp.FullName, "drop");

    public void Dispose() => temp.Delete(recursive: true);

    [Fact]
    public void A_long_local_run_is_older_than_a_run_another_replica_started_after_it()
    {
        var metrics = Configured();
        clock.Now = T0.AddHours(1);
        metrics.RunCompleted(Outcome("drop", 0, T0, TimeSpan.FromHours(1), scores: Scores(("pci-dss", 90))));
        WriteRuns(Out, Written, Record(T0.AddMinutes(30), Scores(("pci-dss", 60)), exitCode: 1));

        var scrape = Parse(metrics);

        Assert.Equal(T0.AddMinutes(30).ToUnixTimeSeconds(), scrape.Value("compliance_auditor_last_run_timestamp_seconds"));
        Assert.Equal(1, scrape.Value("compliance_auditor_last_run_exit_code"));
        Assert.Equal(60, scrape.Value("compliance_auditor_score_percent"));
    }

    [Fact]
    public void A_local_run_shows_when_it_started_not_when_it_finished()
    {
        var metrics = Configured();
        clock.Now = T0.AddMinutes(10);
        metrics.RunCompleted(Outcome("drop", 2, T0, TimeSpan.FromMinutes(10)));

        Assert.Equal(T0.ToUnixTimeSeconds(), Parse(metrics).Value("compliance_auditor_last_run_timestamp_seconds"));
    }

    [Fact]
    public void An_abandoned_run_is_counted_as_abandoned_not_as_a_failure_and_is_not_the_last_run()
    {
        var metrics = Configured();
        metrics.RunCompleted(Outcome("drop", 0, T0, TimeSpan.FromSeconds(5), scores: Scores(("pci-dss", 90))));
        metrics.RunStarted("drop");
        metrics.RunCompleted(Outcome("drop", 2, T0.AddHours(1), TimeSpan.FromSeconds(25)) with { Abandoned = true });

        var scrape = Parse(metrics);

        Assert.Equal(1, scrape.Value("compliance_auditor_runs_total", ("result", "abandoned")));
        Assert.Equal(0, scrape.Value("compliance_auditor_runs_total", ("result", "failed")));
        Assert.Equal(0, scrape.Value("compliance_auditor_run_failures_total"));
        Assert.Equal(0, scrape.Value("compliance_auditor_running"));
        Assert.Equal(0, scrape.Value("compliance_auditor_last_run_exit_code"));
        Assert.Equal(T0.ToUnixTimeSeconds(), scrape.Value("compliance_auditor_last_run_timestamp_seconds"));
    }

    [Fact]
    public void The_score_cluster_label_is_the_configured_source_whatever_each_run_called_its_input()
    {
        var metrics = Configured();
        metrics.RunCompleted(Outcome("drop", 0, T0, TimeSpan.FromSeconds(1), scores: Scores(("pci-dss", 70))));
        var first = Parse(metrics).Named("compliance_auditor_score_percent").Single().Labels["cluster"];
        WriteRuns(Out, Written, Record(T0.AddHours(1), Scores(("pci-dss", 80)), cluster: "/drops/export-2.yaml"));
        var second = Parse(metrics).Named("compliance_auditor_score_percent").Single();

        Assert.Equal("files /drops", first);
        Assert.Equal(("files /drops", 80.0), (second.Labels["cluster"], second.Value));
        Assert.Equal(first, Parse(metrics).Named("compliance_auditor_target_info").Single().Labels["cluster"]);
    }

    [Fact]
    public void A_dropped_target_keeps_its_score_series_under_the_same_cluster_label()
    {
        var metrics = Configured();
        metrics.RunCompleted(Outcome("drop", 0, T0, TimeSpan.FromSeconds(1), scores: Scores(("pci-dss", 70))));
        metrics.Configure([]);

        var scrape = Parse(metrics);

        Assert.Empty(scrape.Named("compliance_auditor_target_info"));
        Assert.Equal(70, scrape.Value("compliance_auditor_score_percent", ("cluster", "files /drops")));
    }

    private ServiceMetrics Configured()
    {
        var metrics = new ServiceMetrics(clock);
        metrics.Configure([Target("drop", new TargetCluster.Files(["/drops"]), Out)]);
        return metrics;
    }
}
