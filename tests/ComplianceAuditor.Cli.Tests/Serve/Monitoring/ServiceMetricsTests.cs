using ComplianceAuditor.Cli.Serve.Config;
using ComplianceAuditor.Cli.Serve.Monitoring;
using ComplianceAuditor.TestSupport.Golden;
using static ComplianceAuditor.Cli.Tests.Serve.Monitoring.MetricsFixtures;

namespace ComplianceAuditor.Cli.Tests.Serve.Monitoring;

/// <summary>The exposition text as a whole (golden), and what it does with label values taken from cluster data.</summary>
public sealed class ServiceMetricsTests : IDisposable
{
    private readonly DirectoryInfo temp = Directory.CreateTempSubdirectory("metrics-");

    private static string Golden => Path.Combine(RepositoryPaths.TestData, "serve-metrics", "exposition.prom");

    [Fact]
    public void Exposition_for_fixed_outcomes_matches_the_golden_text()
    {
        var text = Scrape(GoldenScenario());

        Assert.Null(GoldenFile.Compare(Golden, text));
        ExpositionParser.Parse(text);
    }

    [Fact]
    public void The_same_state_scraped_twice_gives_the_same_bytes()
    {
        var metrics = GoldenScenario();

        Assert.Equal(Scrape(metrics), Scrape(metrics));
    }

    [Fact]
    public void A_configured_target_has_its_counters_and_info_before_its_first_run()
    {
        var metrics = new ServiceMetrics(new ManualClock(T0));
        metrics.Configure([Target("prod-eu", new TargetCluster.Context("prod-eu", null, TimeSpan.FromMinutes(5)), Out("prod-eu"))]);

        var scrape = Parse(metrics);

        Assert.Equal(1, scrape.Value("compliance_auditor_target_info", ("target", "prod-eu"), ("cluster", "context prod-eu")));
        Assert.Equal(["abandoned", "below-threshold", "completed", "failed"], scrape.Named("compliance_auditor_runs_total").Select(s => s.Labels["result"]));
        Assert.All(scrape.Named("compliance_auditor_runs_total"), s => Assert.Equal(0, s.Value));
        Assert.Equal(0, scrape.Value("compliance_auditor_running", ("target", "prod-eu")));
        Assert.Empty(scrape.Named("compliance_auditor_last_run_timestamp_seconds"));
        Assert.Equal(1, scrape.Value("compliance_auditor_up"));
    }

    [Theory]
    [InlineData("quote\"} compliance_auditor_up 0")]
    [InlineData("line\ncompliance_auditor_up 0\n# TYPE x gauge")]
    [InlineData("back\\slash\\\"\\n")]
    [InlineData("unicode: Zürich – 東京 🚀 \u202Eevil")]
    [InlineData("tab\tand\rcarriage")]
    [InlineData("")]
    public void Hostile_cluster_names_and_framework_ids_round_trip_through_a_strict_parser(string hostile)
    {
        var metrics = new ServiceMetrics(new ManualClock(T0));
        metrics.Configure([Target("prod", new TargetCluster.Files([hostile]), Out("prod"))]);
        metrics.RunCompleted(Outcome("prod", 0, T0, TimeSpan.FromSeconds(3), scores: Scores((hostile, 50), ("pci\"dss", 75))));

        var text = Scrape(metrics);
        var scrape = ExpositionParser.Parse(text);

        Assert.Equal(1, scrape.Value("compliance_auditor_target_info", ("cluster", "files " + hostile)));
        Assert.Equal(50, scrape.Value("compliance_auditor_score_percent", ("cluster", "files " + hostile), ("framework", hostile)));
        Assert.Equal(75, scrape.Value("compliance_auditor_score_percent", ("cluster", "files " + hostile), ("framework", "pci\"dss")));
        Assert.Equal(1, scrape.Value("compliance_auditor_up"));
        Assert.Single(scrape.Named("compliance_auditor_up"));
        var escaped = hostile.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal);
        Assert.Contains($"compliance_auditor_score_percent{{target=\"prod\",cluster=\"files {escaped}\",framework=\"{escaped}\"}} 50\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Frameworks_whose_score_is_null_have_no_series_and_scores_are_sorted_by_id()
    {
        var metrics = new ServiceMetrics(new ManualClock(T0));
        metrics.RunCompleted(Outcome("prod", 1, T0, TimeSpan.FromSeconds(1), scores: Scores(("pci-dss", 62.5), ("hipaa", null), ("cis", 100), ("B", 1))));

        var scores = Parse(metrics).Named("compliance_auditor_score_percent").ToList();

        Assert.Equal(["B", "cis", "pci-dss"], scores.Select(s => s.Labels["framework"]));
        Assert.Equal([1, 100, 62.5], scores.Select(s => s.Value));
    }

    [Fact]
    public void Targets_are_written_in_ordinal_name_order_whatever_order_they_ran_in()
    {
        var metrics = new ServiceMetrics(new ManualClock(T0));
        foreach (var name in new[] { "zeta", "alpha", "mid-1", "mid-0" })
        {
            metrics.RunCompleted(Outcome(name, 0, T0, TimeSpan.FromSeconds(1)));
        }

        var targets = Parse(metrics).Named("compliance_auditor_last_run_exit_code").Select(s => s.Labels["target"]);

        Assert.Equal(["alpha", "mid-0", "mid-1", "zeta"], targets);
    }

    [Fact]
    public void A_failed_run_is_the_last_run_but_keeps_the_scores_of_the_last_completed_audit()
    {
        var clock = new ManualClock(T0);
        var metrics = new ServiceMetrics(clock);
        metrics.RunCompleted(Outcome("prod", 0, T0, TimeSpan.FromSeconds(10), scores: Scores(("pci-dss", 90))));
        clock.Now = T0.AddHours(1);
        metrics.RunCompleted(Outcome("prod", 2, T0.AddMinutes(59), TimeSpan.FromSeconds(20)));

        var scrape = Parse(metrics);

        Assert.Equal(2, scrape.Value("compliance_auditor_last_run_exit_code"));
        Assert.Equal(T0.AddMinutes(59).ToUnixTimeSeconds(), scrape.Value("compliance_auditor_last_run_timestamp_seconds"));
        Assert.Equal(20, scrape.Value("compliance_auditor_last_run_duration_seconds"));
        Assert.Equal(T0.ToUnixTimeSeconds(), scrape.Value("compliance_auditor_last_success_timestamp_seconds"));
        Assert.Equal(90, scrape.Value("compliance_auditor_score_percent", ("framework", "pci-dss")));
        Assert.Equal(1, scrape.Value("compliance_auditor_run_failures_total"));
        Assert.Equal(1, scrape.Value("compliance_auditor_runs_total", ("result", "failed")));
        Assert.Equal(1, scrape.Value("compliance_auditor_runs_total", ("result", "completed")));
    }

    [Fact]
    public void Running_counts_started_runs_until_they_complete_and_next_fire_can_be_cleared()
    {
        var metrics = new ServiceMetrics(new ManualClock(T0));
        metrics.SetNextFire("prod", T0.AddDays(1));
        metrics.RunStarted("prod");
        Assert.Equal(1, Parse(metrics).Value("compliance_auditor_running"));
        Assert.Equal(T0.AddDays(1).ToUnixTimeSeconds(), Parse(metrics).Value("compliance_auditor_next_fire_timestamp_seconds"));

        metrics.RunCompleted(Outcome("prod", 0, T0, TimeSpan.FromSeconds(1)));
        metrics.SetNextFire("prod", null);

        Assert.Equal(0, Parse(metrics).Value("compliance_auditor_running"));
        Assert.Empty(Parse(metrics).Named("compliance_auditor_next_fire_timestamp_seconds"));
    }

    [Fact]
    public void A_target_dropped_from_the_configuration_loses_its_info_series()
    {
        var metrics = new ServiceMetrics(new ManualClock(T0));
        metrics.Configure([Target("a", new TargetCluster.Demo(), Out("a")), Target("b", new TargetCluster.InCluster(TimeSpan.FromMinutes(1)), Out("b"))]);
        metrics.Configure([Target("b", new TargetCluster.InCluster(TimeSpan.FromMinutes(1)), Out("b"))]);

        var info = Parse(metrics).Named("compliance_auditor_target_info").ToList();

        Assert.Equal("b", Assert.Single(info).Labels["target"]);
        Assert.Equal("in-cluster", info[0].Labels["cluster"]);
    }

    public void Dispose() => temp.Delete(recursive: true);

    private string Out(string name) => Path.Combine(temp.FullName, name);

    /// <summary>
    /// alpha: completed once, running again, next firing known. beta: its newest run failed here, its last
    /// completed audit comes from runs.json (made by another replica). gamma: never ran.
    /// </summary>
    private ServiceMetrics GoldenScenario()
    {
        var clock = new ManualClock(T0);
        var metrics = new ServiceMetrics(clock);
        metrics.Configure(
        [
            Target("gamma", new TargetCluster.Demo(), Out("gamma")),
            Target("alpha", new TargetCluster.Context("prod-eu", null, TimeSpan.FromMinutes(5)), Out("alpha")),
            Target("beta", new TargetCluster.Files(["dumps/beta.yaml", "dumps/extra.yaml"]), Out("beta")),
        ]);
        WriteRuns(Out("beta"), new DateTime(2026, 11, 29, 1, 0, 0, DateTimeKind.Utc), Record(T0.AddHours(-1).AddSeconds(7), Scores(("cis-kubernetes-5.3", 71.25), ("pci-dss-4.0.1", 80), ("hipaa-security-rule", null)), exitCode: 1, cluster: "dumps/beta.yaml, dumps/extra.yaml"));
        metrics.Seed("beta", Out("beta"));
        Assert.Null(metrics.RunIndexProblem("beta"));

        metrics.RunStarted("alpha");
        clock.Now = T0.AddTicks(123_456_789);
        metrics.RunCompleted(Outcome("alpha", 0, T0, TimeSpan.FromTicks(123_456_789), scores: Scores(("cis-kubernetes-5.3", 100), ("pci-dss-4.0.1", 87.5), ("hipaa-security-rule", 66.66666666666667)), folder: Path.Combine(Out("alpha"), "audit-20261129T020005Z")));
        metrics.RunStarted("alpha");
        metrics.SetNextFire("alpha", T0.AddDays(1));
        metrics.SetNextFire("beta", T0.AddHours(6));

        metrics.RunStarted("beta");
        clock.Now = T0.AddMinutes(2);
        metrics.RunCompleted(Outcome("beta", 2, T0.AddMinutes(1), TimeSpan.FromSeconds(60.5)));
        return metrics;
    }
}
