namespace ComplianceAuditor.Cli.Serve.Config;

/// <summary>Time zones by IANA id, from the system's tz database (the tool runs with invariant globalization, so Windows ids are not translated).</summary>
internal static class TimeZones
{
    public static TimeZoneInfo? Find(string id) => Find(id, out _);

    /// <summary>
    /// The zone named exactly <paramref name="id"/>. The runtime also finds "europe/berlin"; that is refused
    /// with <paramref name="suggestion"/> naming the id, so the zone Quartz stores is spelled one way.
    /// </summary>
    public static TimeZoneInfo? Find(string id, out string? suggestion)
    {
        suggestion = null;
        if (id is "UTC" or "Etc/UTC")
        {
            return TimeZoneInfo.Utc;
        }

        try
        {
            var zone = TimeZoneInfo.FindSystemTimeZoneById(id);
            if (zone.Id == id)
            {
                return zone;
            }

            suggestion = zone.Id;
            return null;
        }
        catch (Exception exception) when (exception is TimeZoneNotFoundException or InvalidTimeZoneException or ArgumentException or IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
