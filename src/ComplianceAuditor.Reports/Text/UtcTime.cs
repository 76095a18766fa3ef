using System.Globalization;

namespace ComplianceAuditor.Reports.Text;

/// <summary>The one way a time is written for people and files: UTC, to the second, with Z (2026-11-28T10:00:00Z).</summary>
public static class UtcTime
{
    public static string Text(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
