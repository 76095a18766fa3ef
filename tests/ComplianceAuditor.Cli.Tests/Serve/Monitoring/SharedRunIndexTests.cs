using ComplianceAuditor.Cli.Retention;
using ComplianceAuditor.Cli.Serve.Config;
using ComplianceAuditor.Cli.Serve.Monitoring;
using static ComplianceAuditor.Cli.Tests.Serve.Monitoring.MetricsFixtures;

namespace ComplianceAuditor.Cli.Tests.Serve.Monitoring;

/// <summary>
/// Replicas share the out folders: the last run shown is the newer of this process's own and the newest in
/// runs.json, so every replica reports the same run and scores whichever of them made it.
/// </summary>
public sealed class SharedRunIndexTests : IDisposable
{
    private static readonly DateTime Written = new(2026, 11, 29, 3, 0, 0, DateTimeKind.Utc);

    private readonly DirectoryInfo temp = Directory.CreateTempSubdirectory("metrics-runs-");
    private readonly ManualClock clock = new(T0);

    private string Out => Path.Combine(temp.FullName, "prod");

    [Fact]
    public void Seed_reports_the_newest_audit_in_runs_json_skipping_unfinished_runs_and_reports()
    {
        var older = Record(T0.AddDays(-2), Scores(("pci-dss", 70)));
        var newest = Record(T0.AddDays(-1), Scores(("pci-dss", 85), ("hipaa", null)), exitCode: 1) with { Status = RunStatus.Pruned };
        var incomplete = new RunRecord { Folder = Folder(T0.AddHours(-1)), Status = RunStatus.Incomplete };
        var report = Record(T0.AddHours(-2), Scores(("pci-dss", 10))) with { Kind = "report", Folder = "report-x" };
        WriteRuns(Out, Written, older, newest, incomplete, report);
        var metrics = Configured();

        metrics.Seed("prod", Out);
        Assert.Null(metrics.RunIndexProblem("prod"));
        var scrape = Parse(metrics);

        Assert.Equal(T0.AddDays(-1).ToUnixTimeSeconds(), scrape.Value("compliance_auditor_last_run_timestamp_seconds"));
        Assert.Equal(T0.AddDays(-1).ToUnixTimeSeconds(), scrape.Value("compliance_auditor_last_success_timestamp_seconds"));
        Assert.Equal(1, scrape.Value("compliance_auditor_last_run_exit_code"));
        Assert.Equal(85, scrape.Value("compliance_auditor_score_percent", ("framework", "pci-dss"), ("cluster", "demo")));
        Assert.Single(scrape.Named("compliance_auditor_score_percent"));
        Assert.Empty(scrape.Named("compliance_auditor_last_run_duration_seconds"));
        Assert.Equal(0, scrape.Value("compliance_auditor_runs_total", ("result", "completed")));
    }

    [Fact]
    public void Seed_names_a_runs_json_it_cannot_read_and_reports_no_run()
    {
        Directory.CreateDirectory(Out);
        File.WriteAllText(Path.Combine(Out, RunIndexJson.FileName), "{\"schemaVersion\": \"0.1\"}");
        var metrics = Configured();

        var problem = metrics.Seed("prod", Out);
        Assert.Equal(problem, metrics.RunIndexProblem("prod"));

        Assert.Contains("runs.json", problem, StringComparison.Ordinal);
        Assert.Empty(Parse(metrics).Named("compliance_auditor_last_run_timestamp_seconds"));
    }

    [Fact]
    public void A_run_by_another_replica_newer_than_ours_wins_and_has_no_duration()
    {
        var metrics = Configured();
        clock.Now = T0.AddMinutes(1);
        metrics.RunCompleted(Outcome("prod", 0, T0, TimeSpan.FromMinutes(1), scores: Scores(("pci-dss", 90)), folder: Path.Combine(Out, Folder(T0.AddSeconds(50)))));
        WriteRuns(Out, Written, Record(T0.AddSeconds(50), Scores(("pci-dss", 90))), Record(T0.AddHours(1), Scores(("pci-dss", 60)), exitCode: 1));

        var scrape = Parse(metrics);

        Assert.Equal(T0.AddHours(1).ToUnixTimeSeconds(), scrape.Value("compliance_auditor_last_run_timestamp_seconds"));
        Assert.Equal(1, scrape.Value("compliance_auditor_last_run_exit_code"));
        Assert.Equal(60, scrape.Value("compliance_auditor_score_percent", ("framework", "pci-dss")));
        Assert.Empty(scrape.Named("compliance_auditor_last_run_duration_seconds"));
        Assert.Equal(1, scrape.Value("compliance_auditor_runs_total", ("result", "completed")));
    }

    [Fact]
    public void Our_run_newer_than_runs_json_wins_with_its_duration()
    {
        WriteRuns(Out, Written, Record(T0.AddHours(-1), Scores(("pci-dss", 60))));
        var metrics = Configured();
        metrics.Seed("prod", Out);
        clock.Now = T0.AddMinutes(1);
        metrics.RunCompleted(Outcome("prod", 1, T0, TimeSpan.FromSeconds(42.25), scores: Scores(("pci-dss", 75)), folder: null));

        var scrape = Parse(metrics);

        Assert.Equal(T0.ToUnixTimeSeconds(), scrape.Value("compliance_auditor_last_run_timestamp_seconds"));
        Assert.Equal(42.25, scrape.Value("compliance_auditor_last_run_duration_seconds"));
        Assert.Equal(1, scrape.Value("compliance_auditor_last_run_exit_code"));
        Assert.Equal(75, scrape.Value("compliance_auditor_score_percent", ("framework", "pci-dss")));
    }

    [Fact]
    public void Our_run_recorded_in_runs_json_shows_the_recorded_time_so_replicas_agree_and_keeps_our_duration()
    {
        var metrics = Configured();
        var written = T0.AddSeconds(40);
        clock.Now = T0.AddMinutes(1);
        metrics.RunCompleted(Outcome("prod", 0, T0, TimeSpan.FromSeconds(58), scores: Scores(("pci-dss", 90)), folder: Path.Combine(Out, Folder(written)) + Path.DirectorySeparatorChar));
        WriteRuns(Out, Written, Record(written, Scores(("pci-dss", 90))));
        var other = Configured();
        other.Seed("prod", Out);

        var ours = Parse(metrics);
        var theirs = Parse(other);

        Assert.Equal(written.ToUnixTimeSeconds(), ours.Value("compliance_auditor_last_run_timestamp_seconds"));
        Assert.Equal(58, ours.Value("compliance_auditor_last_run_duration_seconds"));
        Assert.Equal(written.ToUnixTimeSeconds(), theirs.Value("compliance_auditor_last_run_timestamp_seconds"));
        Assert.Empty(theirs.Named("compliance_auditor_last_run_duration_seconds"));
        Assert.Equal(ours.Named("compliance_auditor_score_percent").Select(s => (s.Labels["framework"], s.Value)), theirs.Named("compliance_auditor_score_percent").Select(s => (s.Labels["framework"], s.Value)));
    }

    [Fact]
    public void Runs_json_is_read_again_only_when_its_last_write_time_or_length_changes()
    {
        var metrics = Configured();
        WriteRuns(Out, Written, Record(T0, Scores(("pci-dss", 11))));
        Assert.Equal(11, Parse(metrics).Value("compliance_auditor_score_percent"));

        // Same length, same time: the cached answer stands (the file is not parsed at every scrape).
        WriteRuns(Out, Written, Record(T0, Scores(("pci-dss", 22))));
        Assert.Equal(11, Parse(metrics).Value("compliance_auditor_score_percent"));

        WriteRuns(Out, Written.AddSeconds(1), Record(T0, Scores(("pci-dss", 33))));
        Assert.Equal(33, Parse(metrics).Value("compliance_auditor_score_percent"));
    }

    [Fact]
    public void A_runs_json_that_turns_unreadable_keeps_the_last_good_answer_and_a_deleted_one_clears_it()
    {
        var metrics = Configured();
        WriteRuns(Out, Written, Record(T0, Scores(("pci-dss", 44))));
        Assert.Equal(44, Parse(metrics).Value("compliance_auditor_score_percent"));

        var path = Path.Combine(Out, RunIndexJson.FileName);
        File.WriteAllText(path, "{ not json");
        File.SetLastWriteTimeUtc(path, Written.AddSeconds(1));
        Assert.Equal(44, Parse(metrics).Value("compliance_auditor_score_percent"));
        Assert.Contains("runs.json", metrics.RunIndexProblem("prod"), StringComparison.Ordinal);

        File.Delete(path);
        Assert.Empty(Parse(metrics).Named("compliance_auditor_score_percent"));
    }

    [Fact]
    public void A_failed_run_recorded_in_runs_json_is_the_last_run_and_the_scores_stay_those_of_the_last_completed_audit()
    {
        WriteRuns(Out, Written, Record(T0, Scores(("pci-dss", 80))), Record(T0.AddHours(1), Scores(), exitCode: 2));
        var metrics = Configured();
        metrics.Seed("prod", Out);

        var scrape = Parse(metrics);

        Assert.Equal(T0.AddHours(1).ToUnixTimeSeconds(), scrape.Value("compliance_auditor_last_run_timestamp_seconds"));
        Assert.Equal(2, scrape.Value("compliance_auditor_last_run_exit_code"));
        Assert.Equal(T0.ToUnixTimeSeconds(), scrape.Value("compliance_auditor_last_success_timestamp_seconds"));
        Assert.Equal(80, scrape.Value("compliance_auditor_score_percent"));
    }

    public void Dispose() => temp.Delete(recursive: true);

    private ServiceMetrics Configured()
    {
        var metrics = new ServiceMetrics(clock);
        metrics.Configure([Target("prod", new TargetCluster.Demo(), Out)]);
        return metrics;
    }
}
