using System.Globalization;
using System.Text;

namespace ComplianceAuditor.Cli.Serve.Monitoring;

/// <summary>
/// The pieces of the Prometheus text exposition format (0.0.4) that untrusted data flows into: label
/// values (cluster names, framework ids, file paths) and numbers. Numbers never use exponents and never
/// depend on the culture.
/// </summary>
internal static class PrometheusText
{
    public const string ContentType = "text/plain; version=0.0.4; charset=utf-8";

    /// <summary>{name="value",...} with values escaped as the format requires (backslash, double quote, line feed); empty for no labels.</summary>
    public static string Labels(params ReadOnlySpan<(string Name, string Value)> labels)
    {
        if (labels.IsEmpty)
        {
            return string.Empty;
        }

        var text = new StringBuilder("{");
        foreach (var (name, value) in labels)
        {
            if (text.Length > 1)
            {
                text.Append(',');
            }

            text.Append(name).Append("=\"").Append(EscapeLabelValue(value)).Append('"');
        }

        return text.Append('}').ToString();
    }

    /// <summary>
    /// The format has exactly three escapes; any other character, control characters included, is valid
    /// inside the quotes and is kept so the value means what the cluster said.
    /// </summary>
    public static string EscapeLabelValue(string value) =>
        value.Replace("\\", "\\\\", StringComparison.Ordinal)
            .Replace("\"", "\\\"", StringComparison.Ordinal)
            .Replace("\n", "\\n", StringComparison.Ordinal);

    /// <summary>HELP text escapes backslash and line feed only.</summary>
    public static string EscapeHelp(string help) =>
        help.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal);

    /// <summary>Seconds since the Unix epoch to the millisecond: a float64 holds that exactly enough, more digits would be noise.</summary>
    public static string UnixSeconds(DateTimeOffset time) =>
        ((time.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks) / TimeSpan.TicksPerMillisecond / 1000m).ToString("0.###", CultureInfo.InvariantCulture);

    /// <summary>Exact to the tick (100 ns).</summary>
    public static string Seconds(TimeSpan duration) =>
        (duration.Ticks / (decimal)TimeSpan.TicksPerSecond).ToString("0.#######", CultureInfo.InvariantCulture);

    public static string Integer(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// Shortest round-trip text; the few values where that would take an exponent (below 1e-5, from 1e15)
    /// are written as plain decimals with 15 significant digits.
    /// </summary>
    public static string Number(double value)
    {
        if (double.IsNaN(value))
        {
            return "NaN";
        }

        if (double.IsInfinity(value))
        {
            return value > 0 ? "+Inf" : "-Inf";
        }

        if (value == 0)
        {
            return "0";
        }

        var text = value.ToString("R", CultureInfo.InvariantCulture);
        if (!text.Contains('E', StringComparison.Ordinal))
        {
            return text;
        }

        return Math.Abs(value) < 7.9e28
            ? ((decimal)value).ToString("0.############################", CultureInfo.InvariantCulture)
            : value.ToString("F0", CultureInfo.InvariantCulture);
    }
}
