using System.Globalization;
using ComplianceAuditor.Cli.Serve.Config;
using ComplianceAuditor.Cli.Serve.Schedule;
using Quartz;

namespace ComplianceAuditor.Cli.Tests.Serve;

/// <summary>
/// Cron firing with an injected clock: a real Quartz scheduler driven by a fake clock fires a target's job
/// at exactly its scheduled times, and missed firings follow the documented policy (docs/serve.md, "Missed firings").
/// </summary>
public sealed class TriggerFiringTests
{
    [Fact]
    public async Task A_target_fires_at_exactly_its_scheduled_times_across_a_daylight_saving_change()
    {
        await using var harness = await FakeClockScheduler.StartAsync(At("2026-03-27T12:00:00Z"));
        await harness.ScheduleAsync(ServeTargets.Demo("0 2 * * *", "Europe/Berlin"));

        // 02:00 in Berlin: CET (01:00Z), the spring-forward day (no 02:00: the clocks' new 03:00, 01:00Z), then CEST (00:00Z).
        string[] expected = ["2026-03-28T01:00:00Z", "2026-03-29T01:00:00Z", "2026-03-30T00:00:00Z"];
        for (var i = 0; i < expected.Length; i++)
        {
            await harness.AdvanceToAsync(At(expected[i]), i + 1);
        }

        Assert.Equal(expected, harness.Fired.Select(FakeClockScheduler.Text));
    }

    [Fact]
    public async Task A_firing_late_by_less_than_the_threshold_runs_for_its_own_time_and_one_later_is_skipped()
    {
        await using var harness = await FakeClockScheduler.StartAsync(At("2026-06-01T00:00:00Z"));
        await harness.ScheduleAsync(ServeTargets.Demo("0 2 * * *", misfire: MisfirePolicy.Skip, threshold: TimeSpan.FromMinutes(5)));

        await harness.AdvanceToAsync(At("2026-06-01T02:04:00Z"), 1);
        harness.Clock.SetUtcNow(At("2026-06-02T02:06:00Z"));
        await harness.WaitForNextFireAsync(ServeTargets.Demo("0 2 * * *"), At("2026-06-03T02:00:00Z"));
        await harness.AdvanceToAsync(At("2026-06-03T02:00:00Z"), 2);

        Assert.Equal(["2026-06-01T02:00:00Z", "2026-06-03T02:00:00Z"], harness.Fired.Select(FakeClockScheduler.Text));
    }

    [Theory]
    [InlineData("run-once", new[] { "2026-06-01T02:00:00Z", "2026-06-02T02:00:00Z", "2026-06-05T02:00:00Z" })]
    [InlineData("skip", new[] { "2026-06-01T02:00:00Z", "2026-06-05T02:00:00Z" })]
    public async Task Firings_missed_while_the_scheduler_stood_by_follow_the_policy(string policy, string[] expected)
    {
        var target = ServeTargets.Demo("0 2 * * *", misfire: policy == "skip" ? MisfirePolicy.Skip : MisfirePolicy.RunOnce);
        await using var harness = await FakeClockScheduler.StartAsync(At("2026-06-01T00:00:00Z"));
        await harness.ScheduleAsync(target);
        await harness.AdvanceToAsync(At("2026-06-01T02:00:00Z"), 1);

        // Down over three firings (2, 3 and 4 June at 02:00), back at noon on the 4th. Run-once runs one audit
        // then, for the first firing it missed (its scheduled time is what the job is told); skip runs none.
        await harness.Scheduler.Standby();
        harness.Clock.SetUtcNow(At("2026-06-04T12:00:00Z"));
        await harness.Scheduler.Start();
        await harness.WaitForNextFireAsync(target, At("2026-06-05T02:00:00Z"));
        await harness.AdvanceToAsync(At("2026-06-05T02:00:00Z"), expected.Length);

        Assert.Equal(expected, harness.Fired.Select(FakeClockScheduler.Text));
    }

    [Theory]
    [InlineData("run-once", "2026-06-01T02:00:07Z", new[] { "2026-06-04T12:00:00Z", "2026-06-05T02:00:00Z" })]
    [InlineData("skip", "2026-06-01T02:00:07Z", new[] { "2026-06-05T02:00:00Z" })]
    [InlineData("run-once", "2026-06-04T02:00:03Z", new[] { "2026-06-05T02:00:00Z" })]
    public async Task A_restarted_in_memory_scheduler_catches_up_on_what_it_missed_since_the_last_run(string policy, string lastRun, string[] expected)
    {
        var target = ServeTargets.Demo("0 2 * * *", misfire: policy == "skip" ? MisfirePolicy.Skip : MisfirePolicy.RunOnce);
        await using var harness = await FakeClockScheduler.StartAsync(At("2026-06-04T12:00:00Z"));

        // runs.json says when the last run was; the process was down since.
        await harness.ScheduleAsync(target, lastRun: At(lastRun));
        if (expected.Length == 2)
        {
            await harness.WaitForAsync(1);
        }

        await harness.AdvanceToAsync(At("2026-06-05T02:00:00Z"), expected.Length);

        Assert.Equal(expected, harness.Fired.Select(FakeClockScheduler.Text));
    }

    [Theory]
    [InlineData("run-once", "2026-06-04T02:04:00Z", "2026-06-04T02:00:00Z")]
    [InlineData("skip", "2026-06-04T02:04:00Z", "2026-06-04T02:00:00Z")]
    [InlineData("skip", "2026-06-04T02:06:00Z", null)]
    [InlineData("run-once", "2026-06-02T01:59:59Z", null)]
    [InlineData("run-once", "2026-06-04T01:59:59Z", "2026-06-03T02:00:00Z")]
    [InlineData("run-once", "2026-06-04T02:00:00Z", "2026-06-04T02:00:00Z")]
    public void Catching_up_after_a_restart_follows_the_policy_and_threshold(string policy, string now, string? missed)
    {
        var target = ServeTargets.Demo("0 2 * * *", misfire: policy == "skip" ? MisfirePolicy.Skip : MisfirePolicy.RunOnce);
        var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(At(now));

        var trigger = TargetTriggers.CatchUp(target, At("2026-06-01T02:00:05Z"), clock);

        Assert.Equal(missed is null, trigger is null);
        Assert.Null(TargetTriggers.CatchUp(target, lastRun: null, clock));
        if (trigger is not null)
        {
            Assert.Equal(new JobKey("demo"), trigger.JobKey);
            Assert.Equal(At(now), trigger.StartTimeUtc);
            Assert.Contains(missed![..10], trigger.Description, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_trigger_carries_the_target_identity_zone_policy_and_threshold()
    {
        var target = ServeTargets.Demo("30 4 * * 1", "Europe/Berlin", MisfirePolicy.Skip, TimeSpan.FromSeconds(90));
        var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(At("2026-06-01T00:00:00Z"));

        var trigger = (ICronTrigger)TargetTriggers.Build(target, clock);

        Assert.Equal(new TriggerKey("demo"), trigger.Key);
        Assert.Equal(new JobKey("demo"), trigger.JobKey);
        Assert.Equal("0 30 4 ? * MON", trigger.CronExpressionString);
        Assert.Equal("Europe/Berlin", trigger.TimeZone.Id);
        Assert.Equal(CronTriggerMisfireInstruction.DoNothing, trigger.MisfireInstruction);
        Assert.Equal(TimeSpan.FromSeconds(90), trigger.MisfireThreshold);
        Assert.Equal(At("2026-06-01T00:00:00Z"), trigger.StartTimeUtc);
        Assert.True(TargetTriggers.Matches(trigger, target));
        Assert.False(TargetTriggers.Matches(trigger, target with { Misfire = MisfirePolicy.RunOnce }));
        Assert.False(TargetTriggers.Matches(trigger, target with { Schedule = "0 30 5 ? * MON" }));
    }

    private static DateTimeOffset At(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
}
