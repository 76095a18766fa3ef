namespace ComplianceAuditor.Cli.Serve.Schedule;

/// <summary>
/// Translates a five-field crontab line into the Quartz expression that fires at the same instants.
/// </summary>
/// <remarks>
/// Two things differ. Quartz counts seconds first, so a seconds field of 0 goes in front. And the days:
/// crontab numbers the week 0-7 from Sunday (7 is Sunday again) where Quartz numbers it 1-7, so the
/// day of week is written back as names (MON-FRI), which both read alike. The two day fields follow
/// crontab(5) as Vixie cron and cronie implement it: when both restrict and neither starts with '*',
/// a day matching either fires, which is also how this Quartz unions two restricting day fields. When
/// one starts with '*' without being exactly '*' (e.g. "*/2") and the other restricts, crontab requires
/// both to match, which no Quartz expression says: that line is refused.
/// </remarks>
internal static class UnixCron
{
    private static readonly string[] DayNames = ["SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"];

    public static string? Translate(string[] fields, out string? error)
    {
        string?[] texts = new string?[4];
        var days = new SortedSet<int>[2];
        CronField[] plain = [CronField.Minute, CronField.Hour, CronField.DayOfMonth, CronField.Month];
        for (var i = 0; i < plain.Length; i++)
        {
            if (plain[i].Read(fields[i], out error) is not { } read)
            {
                return null;
            }

            texts[i] = read.Text;
            if (i == 2)
            {
                days[0] = read.Values;
            }
        }

        if (CronField.DayOfWeek.Read(fields[4], out error) is not { } week)
        {
            return null;
        }

        days[1] = [.. week.Values.Select(d => d % 7)];
        return DayFields(fields[2], fields[4], texts[2]!, days[0], days[1], out error) is not { } dayFields
            ? null
            : $"0 {texts[0]} {texts[1]} {dayFields.DayOfMonth} {texts[3]} {dayFields.DayOfWeek}";
    }

    private static (string DayOfMonth, string DayOfWeek)? DayFields(string writtenDom, string writtenDow, string dom, SortedSet<int> domDays, SortedSet<int> dowDays, out string? error)
    {
        error = null;
        var domRestricts = domDays.Count < 31;
        var dowRestricts = dowDays.Count < 7;
        var starPrefixed = writtenDom.StartsWith('*') || writtenDow.StartsWith('*');
        if (!starPrefixed && (!domRestricts || !dowRestricts))
        {
            // Either field naming every day makes crontab fire every day.
            return ("*", "?");
        }

        if (domRestricts && dowRestricts)
        {
            if (starPrefixed)
            {
                error = $"day of month '{writtenDom}' and day of week '{writtenDow}' both restrict and one starts with '*': crontab then fires only on days matching both, which a Quartz expression cannot say; restrict one of them and leave the other '*'";
                return null;
            }

            return (dom, WeekDays(dowDays));
        }

        return dowRestricts ? ("?", WeekDays(dowDays)) : (domRestricts ? dom : "*", "?");
    }

    /// <summary>Days 0-6 (Sunday first) as Quartz names, runs of three or more as ranges.</summary>
    private static string WeekDays(SortedSet<int> days)
    {
        var parts = new List<string>();
        var list = days.ToList();
        for (var i = 0; i < list.Count;)
        {
            var j = i;
            while (j + 1 < list.Count && list[j + 1] == list[j] + 1)
            {
                j++;
            }

            parts.Add(j - i >= 2 ? $"{DayNames[list[i]]}-{DayNames[list[j]]}" : string.Join(',', list[i..(j + 1)].Select(d => DayNames[d])));
            i = j + 1;
        }

        return string.Join(',', parts);
    }
}
