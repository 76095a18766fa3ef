using System.Globalization;
using System.Text;

namespace ComplianceAuditor.Engine.Net;

/// <summary>Text forms of addresses: dotted decimal for IPv4, RFC 5952 section 4 for IPv6.</summary>
public static class IpFormat
{
    public static string Format(IpFamily family, UInt128 value) =>
        family == IpFamily.IPv4 ? FormatV4((uint)value) : FormatV6(value);

    public static string FormatV4(uint value) => string.Create(CultureInfo.InvariantCulture, $"{value >> 24}.{(value >> 16) & 0xff}.{(value >> 8) & 0xff}.{value & 0xff}");

    /// <summary>
    /// Lower-case hex, no leading zeros, the longest run of two or more zero groups (the first
    /// on a tie) as "::", and never a dotted IPv4 tail, not even for IPv4-mapped addresses.
    /// </summary>
    public static string FormatV6(UInt128 value)
    {
        Span<int> groups = stackalloc int[8];
        for (var i = 0; i < 8; i++)
        {
            groups[i] = (int)((value >> (112 - (16 * i))) & 0xffff);
        }

        var (runStart, runLength) = LongestZeroRun(groups);
        var text = new StringBuilder(39);
        for (var i = 0; i < 8; i++)
        {
            if (runLength >= 2 && i == runStart)
            {
                text.Append("::");
                i += runLength - 1;
                continue;
            }

            if (text.Length > 0 && text[^1] != ':')
            {
                text.Append(':');
            }

            text.Append(groups[i].ToString("x", CultureInfo.InvariantCulture));
        }

        return text.ToString();
    }

    private static (int Start, int Length) LongestZeroRun(ReadOnlySpan<int> groups)
    {
        int bestStart = -1, bestLength = 0;
        for (var i = 0; i < groups.Length;)
        {
            if (groups[i] != 0)
            {
                i++;
                continue;
            }

            var start = i;
            while (i < groups.Length && groups[i] == 0)
            {
                i++;
            }

            if (i - start > bestLength)
            {
                (bestStart, bestLength) = (start, i - start);
            }
        }

        return (bestStart, bestLength);
    }
}
