using ComplianceAuditor.Cli.Serve.Schedule;
using Quartz;

namespace ComplianceAuditor.Cli.Tests.Serve;

public sealed class CronScheduleTests
{
    [Theory]
    [InlineData("0 2 * * *", "0 0 2 * * ?")]
    [InlineData("*/15 * * * *", "0 */15 * * * ?")]
    [InlineData("0 */6 * * *", "0 0 */6 * * ?")]
    [InlineData("5,35 8-18 * * *", "0 5,35 8-18 * * ?")]
    [InlineData("0 9-17/2 * * *", "0 0 9-17/2 * * ?")]
    [InlineData("10/20 * * * *", "0 10/20 * * * ?")]
    [InlineData("0 0 1 * *", "0 0 0 1 * ?")]
    [InlineData("0 0 1,15 * *", "0 0 0 1,15 * ?")]
    [InlineData("0 0 L * *", null)]
    [InlineData("0 0 1 jan *", "0 0 0 1 1 ?")]
    [InlineData("0 0 1 JAN-MAR *", "0 0 0 1 1-3 ?")]
    [InlineData("0 0 1 */3 *", "0 0 0 1 */3 ?")]
    [InlineData("30 4 * * 1", "0 30 4 ? * MON")]
    [InlineData("30 4 * * 0", "0 30 4 ? * SUN")]
    [InlineData("30 4 * * 7", "0 30 4 ? * SUN")]
    [InlineData("30 4 * * 0,7", "0 30 4 ? * SUN")]
    [InlineData("0 3 * * 1-5", "0 0 3 ? * MON-FRI")]
    [InlineData("0 3 * * mon-fri", "0 0 3 ? * MON-FRI")]
    [InlineData("0 3 * * 6,0", "0 0 3 ? * SUN,SAT")]
    [InlineData("0 3 * * 5-7", "0 0 3 ? * SUN,FRI,SAT")]
    [InlineData("0 3 * * 0-6", "0 0 3 * * ?")]
    [InlineData("0 3 * * 1-7", "0 0 3 * * ?")]
    [InlineData("0 3 * * */2", "0 0 3 ? * SUN,TUE,THU,SAT")]
    [InlineData("0 3 * * 1-5/2", "0 0 3 ? * MON,WED,FRI")]
    [InlineData("0 3 * * SUN,Wed", "0 0 3 ? * SUN,WED")]
    [InlineData("0 0 1 * 1", "0 0 0 1 * MON")]
    [InlineData("0 0 1-7 * 1", "0 0 0 1-7 * MON")]
    [InlineData("0 0 1-31 * 1", "0 0 0 * * ?")]
    [InlineData("0 0 */1 * 1", "0 0 0 ? * MON")]
    [InlineData("@daily", "0 0 0 * * ?")]
    [InlineData("@midnight", "0 0 0 * * ?")]
    [InlineData("@hourly", "0 0 * * * ?")]
    [InlineData("@weekly", "0 0 0 ? * SUN")]
    [InlineData("@monthly", "0 0 0 1 * ?")]
    [InlineData("@yearly", "0 0 0 1 1 ?")]
    [InlineData("  0   2 * * *  ", "0 0 2 * * ?")]
    public void Crontab_lines_become_the_Quartz_expression_that_fires_alike(string crontab, string? quartz)
    {
        var result = CronSchedule.ToQuartz(crontab, out var error);

        Assert.Equal(quartz, result);
        Assert.Equal(quartz is null, error is not null);
    }

    [Theory]
    [InlineData("0 0 12 * * ?", "0 0 12 * * ?")]
    [InlineData("0 0/5 14,18 * * ?", "0 0/5 14,18 * * ?")]
    [InlineData("0 15 10 ? * MON-FRI", "0 15 10 ? * MON-FRI")]
    [InlineData("0 15 10 L * ?", "0 15 10 L * ?")]
    [InlineData("0 15 10 ? * 6#3", "0 15 10 ? * 6#3")]
    [InlineData("0 0 0 1 1 ? 2030", "0 0 0 1 1 ? 2030")]
    [InlineData("0 0 12 ? * mon", "0 0 12 ? * MON")]
    public void Quartz_expressions_are_taken_as_they_are(string expression, string expected)
    {
        Assert.Equal(expected, CronSchedule.ToQuartz(expression, out var error));
        Assert.Null(error);
    }

    [Theory]
    [InlineData("", "expected 5 fields")]
    [InlineData("0 2 * *", "found 4")]
    [InlineData("0 0 0 1 1 ? 2030 x", "found 8")]
    [InlineData("60 * * * *", "minute '60': expected a number from 0 to 59")]
    [InlineData("0 24 * * *", "hour '24'")]
    [InlineData("0 0 0 * *", "day of month '0'")]
    [InlineData("0 0 32 * *", "day of month '32'")]
    [InlineData("0 0 * 13 *", "month '13'")]
    [InlineData("0 0 * * 8", "day of week '8': expected a number from 0 to 7 or a name SUN-SAT")]
    [InlineData("0 0 * * MONDAY", "day of week 'MONDAY'")]
    [InlineData("0 0 * * 5-1", "the range runs backwards")]
    [InlineData("*/0 * * * *", "the step after '/' must be a whole number from 1 to 59")]
    [InlineData("*/x * * * *", "the step after '/'")]
    [InlineData("1,,2 * * * *", "minute ''")]
    [InlineData("0 0 ? * *", "day of month '?'")]
    [InlineData("0 0 * * 1#2", "day of week '1#2'")]
    [InlineData("0 0 15W * *", "day of month '15W'")]
    [InlineData("H 0 * * *", "minute 'H'")]
    [InlineData("0 0 */2 * 1", "both restrict and one starts with '*'")]
    [InlineData("0 0 15 * */2", "both restrict and one starts with '*'")]
    [InlineData("0 0 30 2 *", "never fires")]
    [InlineData("@reboot", "unknown macro '@reboot'")]
    [InlineData("0 0 25 * * ?", "not a valid Quartz cron expression")]
    public void What_cannot_be_translated_exactly_is_refused_with_the_reason(string schedule, string expected)
    {
        Assert.Null(CronSchedule.ToQuartz(schedule, out var error));
        Assert.Contains(expected, error, StringComparison.Ordinal);
    }

    /// <summary>The crontab(5) rule: with both day fields restricting (neither starting with '*'), a day matching either fires.</summary>
    [Fact]
    public void Both_day_fields_restricting_fire_on_either()
    {
        var quartz = CronSchedule.ToQuartz("0 0 13 * 5", out _)!;

        var fires = CronSchedule.NextFireTimes(quartz, TimeZoneInfo.Utc, new DateTimeOffset(2026, 2, 1, 0, 0, 0, TimeSpan.Zero), 6);

        // February 2026: Fridays 6, 13, 20, 27; the 13th is also a Friday; then March 6 and 13.
        Assert.Equal(["2026-02-06", "2026-02-13", "2026-02-20", "2026-02-27", "2026-03-06", "2026-03-13"], fires.Select(f => Day(f)[..10]));
    }

    /// <summary>Quartz's own reading of crontab lines (CronFormat.Unix) agrees with ours wherever both accept a line.</summary>
    [Theory]
    [InlineData("0 2 * * *")]
    [InlineData("30 4 * * 1")]
    [InlineData("30 4 * * 0")]
    [InlineData("30 4 * * 7")]
    [InlineData("0 3 * * 1-5")]
    [InlineData("0 3 * * */2")]
    [InlineData("0 3 * * 5-7")]
    [InlineData("*/15 8-18 * * *")]
    [InlineData("0 0 1,15 * *")]
    [InlineData("0 0 13 * 5")]
    public void Fire_times_agree_with_Quartz_reading_the_crontab_line_itself(string crontab)
    {
        var ours = CronSchedule.ToQuartz(crontab, out _)!;
        var theirs = CronExpression.Parse(crontab, CronFormat.Unix).CronExpressionString;
        var from = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

        Assert.Equal(
            CronSchedule.NextFireTimes(theirs, TimeZoneInfo.Utc, from, 50).Select(Day).ToList(),
            CronSchedule.NextFireTimes(ours, TimeZoneInfo.Utc, from, 50).Select(Day).ToList());
    }

    private static string Day(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture);
}
