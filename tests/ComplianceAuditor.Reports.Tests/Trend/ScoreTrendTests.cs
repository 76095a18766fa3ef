using System.Collections.Immutable;
using ComplianceAuditor.Reports.Rendering;

namespace ComplianceAuditor.Reports.Tests.Trend;

/// <summary>What every format's trend is drawn from: the runs in time order and the frameworks any of them scored.</summary>
public class ScoreTrendTests
{
    [Fact]
    public void Runs_come_oldest_first_and_frameworks_in_id_order_named_as_this_report_names_them()
    {
        var retired = TrendSamples.Run(3, "audit-2026-11-25T10-00-00Z", 39, 50) with
        {
            Scores = ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, [new KeyValuePair<string, double?>("nist", 70)]),
        };

        var trend = ScoreTrend.Of(TrendSamples.Input([.. TrendSamples.ThreeRuns(), retired]));

        Assert.Equal(["audit-2026-11-25T10-00-00Z", "audit-2026-11-26T10-00-00Z", "audit-2026-11-27T10-00-00Z", "audit-2026-11-28T10-00-00Z"], trend.Runs.Select(r => r.Folder));
        Assert.Equal([("hipaa", "HIPAA Security Rule 2013"), ("nist", "nist"), ("pci-dss", "PCI DSS 4.0.1")], trend.Frameworks.Select(f => (f.Id, f.Name)));
        Assert.Null(ScoreTrend.Score(trend.Runs[0], trend.Frameworks[0]));
        Assert.Equal(70, ScoreTrend.Score(trend.Runs[0], trend.Frameworks[1]));
        Assert.False(trend.FirstRun);
        Assert.Equal(0, trend.Omitted);
    }

    [Fact]
    public void Without_history_this_run_alone_is_the_trend_with_its_own_scores()
    {
        var trend = ScoreTrend.Of(new ReportInput { Report = TrendSamples.Report() });

        var run = Assert.Single(trend.Runs);
        Assert.True(trend.FirstRun);
        Assert.True(run.Current);
        Assert.Equal(TrendSamples.Now, run.AuditedAt);
        Assert.Equal("this run", ScoreTrend.FolderLabel(run));
        Assert.Equal([60, 42.5], trend.Frameworks.Select(f => ScoreTrend.Score(run, f)));
    }
}
