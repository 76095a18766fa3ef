using System.Globalization;

namespace ComplianceAuditor.Reports.Pdf;

/// <summary>Numbers and times as the report prints them: invariant, so every host prints the same.</summary>
internal static class Formats
{
    public static string Score(double? score) => score is { } value ? value.ToString("0.0", CultureInfo.InvariantCulture) : "n/a";

    public static string Percent(double? score) => score is { } value ? Score(value) + " %" : "n/a";

    public static string Time(DateTimeOffset time) => time.ToUniversalTime().ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture);

    public static string Count(long count) => count.ToString("N0", CultureInfo.InvariantCulture);

    public static string List(IEnumerable<string> items, string none = "none")
    {
        var text = string.Join(", ", items);
        return text.Length == 0 ? none : text;
    }
}
