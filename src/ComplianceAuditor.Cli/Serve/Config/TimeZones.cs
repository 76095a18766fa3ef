namespace ComplianceAuditor.Cli.Serve.Config;

/// <summary>Time zones by IANA id, from the system's tz database (the tool runs with invariant globalization, so Windows ids are not translated).</summary>
internal static class TimeZones
{
    public static TimeZoneInfo? Find(string id) => Find(id, out _);

    /// <summary>
    /// The zone named exactly <paramref name="id"/>; for an id that differs only in case, null with
    /// <paramref name="suggestion"/> naming the right one, so the zone Quartz stores is spelled one way.
    /// </summary>
    public static TimeZoneInfo? Find(string id, out string? suggestion)
    {
        suggestion = null;
        if (id is "UTC" or "Etc/UTC")
        {
            return TimeZoneInfo.Utc;
        }

        TimeZoneInfo? zone;
        try
        {
            zone = TimeZoneInfo.FindSystemTimeZoneById(id);
        }
        catch (Exception exception) when (exception is TimeZoneNotFoundException or InvalidTimeZoneException or ArgumentException or IOException or UnauthorizedAccessException)
        {
            zone = null;
        }

        if (zone is not null && zone.Id == id)
        {
            return zone;
        }

        // Whether the runtime finds "europe/berlin" depends on what it looked up before (its cache ignores
        // case, the file system does not), so the suggestion comes from the full list instead.
        suggestion = TimeZoneInfo.GetSystemTimeZones().FirstOrDefault(z => string.Equals(z.Id, id, StringComparison.OrdinalIgnoreCase))?.Id;
        return null;
    }
}
