using System.Globalization;
using System.Net.Sockets;

namespace ComplianceAuditor.Engine.Net;

/// <summary>
/// An IPv4 or IPv6 address as a number in its family's space. Parsing is strict (no leading
/// zeros, no zone ids, no shorthand IPv4 forms) so that input the API server would reject is
/// never silently reinterpreted.
/// </summary>
public readonly record struct IpAddress(IpFamily Family, UInt128 Value)
{
    public static UInt128 MaxValue(IpFamily family) => family == IpFamily.IPv4 ? uint.MaxValue : UInt128.MaxValue;

    public static int BitLength(IpFamily family) => family == IpFamily.IPv4 ? 32 : 128;

    public static bool TryParse(string? text, out IpAddress address)
    {
        address = default;
        if (string.IsNullOrEmpty(text))
        {
            return false;
        }

        return text.Contains(':', StringComparison.Ordinal) ? TryParseV6(text, out address) : TryParseV4(text, out address);
    }

    public static IpAddress Parse(string text) =>
        TryParse(text, out var address) ? address : throw new FormatException($"'{text}' is not an IPv4 or IPv6 address");

    public override string ToString() => IpFormat.Format(Family, Value);

    private static bool TryParseV4(string text, out IpAddress address)
    {
        address = default;
        var parts = text.Split('.');
        if (parts.Length != 4)
        {
            return false;
        }

        uint value = 0;
        foreach (var part in parts)
        {
            if (!TryParseOctet(part, out var octet))
            {
                return false;
            }

            value = (value << 8) | octet;
        }

        address = new IpAddress(IpFamily.IPv4, value);
        return true;
    }

    private static bool TryParseOctet(string part, out uint octet)
    {
        octet = 0;
        if (part.Length is 0 or > 3 || (part.Length > 1 && part[0] == '0') || !part.All(char.IsAsciiDigit))
        {
            return false;
        }

        octet = uint.Parse(part, NumberStyles.None, CultureInfo.InvariantCulture);
        return octet <= 255;
    }

    private static bool TryParseV6(string text, out IpAddress address)
    {
        address = default;
        if (!text.All(c => char.IsAsciiHexDigit(c) || c is ':' or '.'))
        {
            return false;
        }

        if (text.Contains('.', StringComparison.Ordinal) && !TryParseV4(text[(text.LastIndexOf(':') + 1)..], out _))
        {
            return false;
        }

        if (!System.Net.IPAddress.TryParse(text, out var parsed) || parsed.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return false;
        }

        Span<byte> bytes = stackalloc byte[16];
        parsed.TryWriteBytes(bytes, out _);
        address = new IpAddress(IpFamily.IPv6, new UInt128(
            System.Buffers.Binary.BinaryPrimitives.ReadUInt64BigEndian(bytes[..8]),
            System.Buffers.Binary.BinaryPrimitives.ReadUInt64BigEndian(bytes[8..])));
        return true;
    }
}
