namespace ComplianceAuditor.Cli.Serve.Config;

/// <summary>Time zones by IANA id, from the system's tz database (the tool runs with invariant globalization, so Windows ids are not translated).</summary>
internal static class TimeZones
{
    public static TimeZoneInfo? Find(string id)
    {
        if (id is "UTC" or "Etc/UTC")
        {
            return TimeZoneInfo.Utc;
        }

        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(id);
        }
        catch (Exception exception) when (exception is TimeZoneNotFoundException or InvalidTimeZoneException or ArgumentException)
        {
            return null;
        }
    }
}
