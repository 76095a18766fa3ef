using System.Globalization;
using ComplianceAuditor.Cli.Serve.Config;
using ComplianceAuditor.Cli.Serve.Schedule;

namespace ComplianceAuditor.Cli.Tests.Serve;

/// <summary>Next fire times in a target's zone, across daylight saving changes (documented in docs/serve.md).</summary>
public sealed class FireTimeTests
{
    private static readonly TimeZoneInfo Berlin = TimeZones.Find("Europe/Berlin")!;

    [Fact]
    public void Iana_zones_are_found_with_invariant_globalization()
    {
        Assert.True(AppContext.TryGetSwitch("System.Globalization.Invariant", out var invariant) && invariant);
        Assert.Equal("Europe/Berlin", Berlin.Id);
        Assert.Equal("America/New_York", TimeZones.Find("America/New_York")!.Id);
        Assert.Same(TimeZoneInfo.Utc, TimeZones.Find("UTC"));
        Assert.Null(TimeZones.Find("Europe/Atlantis"));
        Assert.Null(TimeZones.Find("europe/berlin"));
        Assert.Null(TimeZones.Find("../../etc/passwd"));
    }

    [Fact]
    public void A_daily_audit_keeps_its_local_hour_across_both_changes()
    {
        var fires = Fires("0 2 * * *", "2026-03-27T12:00:00Z", 3).Concat(Fires("0 2 * * *", "2026-10-23T12:00:00Z", 3));

        // 02:00 CET is 01:00Z; on 29 March 02:00 does not exist (clocks go 02:00 -> 03:00 CEST) and the firing
        // comes at the instant the clocks moved to, 03:00 CEST = 01:00Z; from then 02:00 CEST = 00:00Z.
        // On 25 October 02:00 happens twice (CEST, then CET): Quartz fires at the first, 00:00Z, only.
        Assert.Equal(
            ["2026-03-28T01:00:00Z", "2026-03-29T01:00:00Z", "2026-03-30T00:00:00Z", "2026-10-24T00:00:00Z", "2026-10-25T00:00:00Z", "2026-10-26T01:00:00Z"],
            fires);
    }

    [Fact]
    public void A_firing_in_the_skipped_hour_runs_when_the_clocks_have_moved_on()
    {
        Assert.Equal(["2026-03-28T01:30:00Z", "2026-03-29T01:00:00Z", "2026-03-30T00:30:00Z"], Fires("30 2 * * *", "2026-03-27T12:00:00Z", 3));
    }

    [Fact]
    public void An_hourly_audit_fires_once_per_real_hour_through_the_changes()
    {
        var spring = Fires("0 * * * *", "2026-03-29T00:00:00Z", 3);
        var autumn = Fires("30 * * * *", "2026-10-24T23:45:00Z", 4);

        // Spring: 01:00 CET (00:00Z) ... the skipped hour simply has no 02:xx readings.
        Assert.Equal(["2026-03-29T01:00:00Z", "2026-03-29T02:00:00Z", "2026-03-29T03:00:00Z"], spring);

        // Autumn: 02:30 CEST (00:30Z) then 02:30 CET (01:30Z) are both real instants whose reading is 02:30.
        Assert.Equal(["2026-10-25T00:30:00Z", "2026-10-25T01:30:00Z", "2026-10-25T02:30:00Z", "2026-10-25T03:30:00Z"], autumn);
    }

    [Fact]
    public void Utc_targets_are_unaffected_by_any_zone()
    {
        Assert.Equal(
            ["2026-03-29T02:00:00Z", "2026-03-30T02:00:00Z"],
            CronSchedule.NextFireTimes("0 0 2 * * ?", TimeZoneInfo.Utc, DateTimeOffset.Parse("2026-03-29T00:00:00Z", CultureInfo.InvariantCulture), 2).Select(Text));
    }

    private static IEnumerable<string> Fires(string crontab, string after, int count) =>
        CronSchedule.NextFireTimes(CronSchedule.ToQuartz(crontab, out _)!, Berlin, DateTimeOffset.Parse(after, CultureInfo.InvariantCulture), count).Select(Text);

    private static string Text(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
