using System.Globalization;
using System.Text.RegularExpressions;

namespace ComplianceAuditor.Controls.Checks;

/// <summary>
/// Reads a review date: an RFC 3339 full-date (<c>2026-05-01</c>, taken as midnight UTC) or
/// date-time with an offset (<c>2026-05-01T10:00:00Z</c>). Anything looser is refused: a date
/// whose meaning depends on the reader's culture or time zone proves nothing.
/// </summary>
internal static partial class ReviewDate
{
    public static DateTimeOffset? Parse(string text)
    {
        if (FullDate().IsMatch(text))
        {
            return DateTimeOffset.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date) ? date : null;
        }

        return DateTime().IsMatch(text)
            && DateTimeOffset.TryParse(text.ToUpperInvariant(), CultureInfo.InvariantCulture, DateTimeStyles.None, out var time)
            ? time
            : null;
    }

    [GeneratedRegex("^[0-9]{4}-[0-9]{2}-[0-9]{2}\\z", RegexOptions.CultureInvariant)]
    private static partial Regex FullDate();

    [GeneratedRegex("^[0-9]{4}-[0-9]{2}-[0-9]{2}[Tt][0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,7})?([Zz]|[+-][0-9]{2}:[0-9]{2})\\z", RegexOptions.CultureInvariant)]
    private static partial Regex DateTime();
}
