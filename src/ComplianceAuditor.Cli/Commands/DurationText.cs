using System.Globalization;

namespace ComplianceAuditor.Cli.Commands;

/// <summary>
/// The one duration syntax of the tool: "90" (seconds), "90s", "500ms", "5m" or "1h", more than
/// zero and at most a day. Command-line options and the `serve` configuration both read it.
/// </summary>
internal static class DurationText
{
    public const string Expected = "a duration such as 30s, 5m or 500ms (at most a day)";

    public static bool TryParse(string? text, out TimeSpan duration)
    {
        text = text?.Trim() ?? string.Empty;
        var (number, unit) = text.EndsWith("ms", StringComparison.Ordinal) ? (text[..^2], 0.001)
            : text.EndsWith('s') ? (text[..^1], 1.0)
            : text.EndsWith('m') ? (text[..^1], 60.0)
            : text.EndsWith('h') ? (text[..^1], 3600.0)
            : (text, 1.0);
        if (double.TryParse(number, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) && value > 0 && value * unit <= 86_400)
        {
            duration = TimeSpan.FromSeconds(value * unit);
            return true;
        }

        duration = TimeSpan.Zero;
        return false;
    }
}
