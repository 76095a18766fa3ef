using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace ComplianceAuditor.TestSupport.Reference;

/// <summary>
/// The contract's text for an address, written from the rule in the contract (RFC 5952 section 4,
/// never a dotted tail) rather than System.Net's ToString, which writes dotted tails.
/// </summary>
public static class NaiveIpText
{
    public static string Format(IPAddress address)
    {
        var bytes = address.GetAddressBytes();
        if (address.AddressFamily == AddressFamily.InterNetwork)
        {
            return string.Join('.', bytes.Select(b => b.ToString(CultureInfo.InvariantCulture)));
        }

        var groups = Enumerable.Range(0, 8).Select(i => (bytes[2 * i] << 8) | bytes[(2 * i) + 1]).ToArray();
        var (bestStart, bestLength) = (-1, 1);
        for (var start = 0; start < 8; start++)
        {
            var length = 0;
            while (start + length < 8 && groups[start + length] == 0)
            {
                length++;
            }

            // Strictly longer only, so the first of equally long runs wins; a lone zero stays "0".
            if (length > bestLength)
            {
                (bestStart, bestLength) = (start, length);
            }
        }

        var hex = groups.Select(g => g.ToString("x", CultureInfo.InvariantCulture)).ToArray();
        if (bestStart < 0)
        {
            return string.Join(':', hex);
        }

        return string.Join(':', hex[..bestStart]) + "::" + string.Join(':', hex[(bestStart + bestLength)..]);
    }
}
