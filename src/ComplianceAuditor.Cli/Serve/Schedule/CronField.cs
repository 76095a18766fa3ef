using System.Globalization;

namespace ComplianceAuditor.Cli.Serve.Schedule;

/// <summary>
/// One field of a five-field crontab line (minute, hour, day of month, month, day of week): its range,
/// its names, and the strict reading of `*`, `a`, `a-b`, `*/n`, `a-b/n`, `a/n` and lists of them.
/// </summary>
internal sealed record CronField(string Name, int Min, int Max, IReadOnlyList<string> Names)
{
    public static CronField Minute { get; } = new("minute", 0, 59, []);

    public static CronField Hour { get; } = new("hour", 0, 23, []);

    public static CronField DayOfMonth { get; } = new("day of month", 1, 31, []);

    public static CronField Month { get; } = new("month", 1, 12, ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]);

    /// <summary>0-7, where 0 and 7 are both Sunday, as crontab(5) counts.</summary>
    public static CronField DayOfWeek { get; } = new("day of week", 0, 7, ["SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"]);

    /// <summary>
    /// The values the field names and its text with names replaced by numbers (what Quartz reads the
    /// same way crontab does), or null with <paramref name="error"/>.
    /// </summary>
    public (SortedSet<int> Values, string Text)? Read(string text, out string? error)
    {
        var values = new SortedSet<int>();
        var items = new List<string>();
        foreach (var item in text.Split(','))
        {
            if (ReadItem(item, values, out error) is not { } normalized)
            {
                return null;
            }

            items.Add(normalized);
        }

        error = null;
        return (values, string.Join(',', items));
    }

    private string? ReadItem(string item, SortedSet<int> values, out string? error)
    {
        var slash = item.IndexOf('/', StringComparison.Ordinal);
        var range = slash < 0 ? item : item[..slash];
        var step = 1;
        if (slash >= 0 && (!int.TryParse(item[(slash + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out step) || step < 1 || step > Max))
        {
            error = $"{Name} '{item}': the step after '/' must be a whole number from 1 to {Max}";
            return null;
        }

        int first, last;
        string normalized;
        if (range == "*")
        {
            (first, last, normalized) = (Min, Max, "*");
        }
        else if (range.Split('-') is [var from, var to])
        {
            if (Value(from, out error) is not { } a || Value(to, out error) is not { } b)
            {
                return null;
            }

            if (b < a)
            {
                error = $"{Name} '{item}': the range runs backwards; crontab ranges go from low to high";
                return null;
            }

            (first, last, normalized) = (a, b, $"{a}-{b}");
        }
        else if (Value(range, out error) is { } single)
        {
            // "a/n" is cronie's "from a to the end, every n"; Quartz reads it the same way.
            (first, last, normalized) = (single, slash < 0 ? single : Max, $"{single}");
        }
        else
        {
            return null;
        }

        for (var v = first; v <= last; v += step)
        {
            values.Add(v);
        }

        error = null;
        return slash < 0 ? normalized : $"{normalized}/{step}";
    }

    private int? Value(string text, out string? error)
    {
        error = null;
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= Min && number <= Max)
        {
            return number;
        }

        var index = Names.Count == 0 ? -1 : Names.ToList().FindIndex(n => string.Equals(n, text, StringComparison.OrdinalIgnoreCase));
        if (index >= 0)
        {
            return index + Min;
        }

        var names = Names.Count == 0 ? string.Empty : $" or a name {Names[0]}-{Names[^1]}";
        error = $"{Name} '{text}': expected a number from {Min} to {Max}{names}, '*', a range a-b, a step /n or a list";
        return null;
    }
}
