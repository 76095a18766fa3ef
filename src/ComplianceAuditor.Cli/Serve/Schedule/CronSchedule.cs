using System.Collections.Immutable;
using Quartz;

namespace ComplianceAuditor.Cli.Serve.Schedule;

/// <summary>
/// A target's schedule: a five-field crontab line (minute first) or a Quartz expression (six or seven
/// fields, seconds first), turned into the one Quartz expression the trigger holds. A crontab line is
/// translated only where Quartz fires at exactly the same instants; anything else is refused with
/// the reason (see docs/serve.md, "Schedules").
/// </summary>
internal static class CronSchedule
{
    private static readonly ImmutableDictionary<string, string> Macros = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["@yearly"] = "0 0 1 1 *",
        ["@annually"] = "0 0 1 1 *",
        ["@monthly"] = "0 0 1 * *",
        ["@weekly"] = "0 0 * * 0",
        ["@daily"] = "0 0 * * *",
        ["@midnight"] = "0 0 * * *",
        ["@hourly"] = "0 * * * *",
    }.ToImmutableDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>The Quartz expression for <paramref name="schedule"/>, or null with <paramref name="error"/> saying why not.</summary>
    public static string? ToQuartz(string schedule, out string? error)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        var text = schedule.Trim();
        if (text.StartsWith('@'))
        {
            if (!Macros.TryGetValue(text, out var expanded))
            {
                error = $"unknown macro '{text}'; expected one of {string.Join(", ", Macros.Keys.Order(StringComparer.Ordinal))}";
                return null;
            }

            text = expanded;
        }

        var fields = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (fields.Length is 6 or 7)
        {
            return Check(string.Join(' ', fields), out error);
        }

        if (fields.Length != 5)
        {
            error = $"expected 5 fields (minute hour day-of-month month day-of-week) or a Quartz expression of 6 or 7 fields (seconds first), found {fields.Length}";
            return null;
        }

        return UnixCron.Translate(fields, out error) is { } quartz ? Check(quartz, out error) : null;
    }

    /// <summary>The expression, resolved in <paramref name="zone"/>.</summary>
    public static CronExpression Expression(string quartz, TimeZoneInfo zone) =>
        new CronExpression(quartz).WithTimeZone(zone);

    /// <summary>The next <paramref name="count"/> fire times strictly after <paramref name="after"/>, in UTC; fewer when the schedule ends.</summary>
    public static ImmutableArray<DateTimeOffset> NextFireTimes(string quartz, TimeZoneInfo zone, DateTimeOffset after, int count)
    {
        var expression = Expression(quartz, zone);
        var result = ImmutableArray.CreateBuilder<DateTimeOffset>(count);
        var cursor = after;
        while (result.Count < count && expression.GetNextValidTimeAfter(cursor) is { } next)
        {
            result.Add(next.ToUniversalTime());
            cursor = next;
        }

        return result.ToImmutable();
    }

    private static string? Check(string quartz, out string? error)
    {
        CronExpression expression;
        try
        {
            expression = new CronExpression(quartz).WithTimeZone(TimeZoneInfo.Utc);
        }
        catch (FormatException exception)
        {
            error = $"not a valid Quartz cron expression: {exception.Message}";
            return null;
        }

        // A date that never comes (30 February) parses, and would leave a target that silently never runs.
        if (expression.GetNextValidTimeAfter(DateTimeOffset.UnixEpoch) is null)
        {
            error = $"'{quartz}' never fires";
            return null;
        }

        error = null;
        return expression.CronExpressionString;
    }
}
