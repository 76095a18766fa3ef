using System.Globalization;

namespace ComplianceAuditor.Engine.Net;

/// <summary>
/// A CIDR such as 10.0.0.0/8. Host bits set in the text denote the network (192.168.1.1/24 is
/// 192.168.1.0/24), as the reachability contract says; <see cref="Text"/> keeps what was written.
/// </summary>
public sealed record IpPrefix(IpAddress Network, int Length, string Text)
{
    public IpFamily Family => Network.Family;

    public IpAddress First => Network;

    public IpAddress Last => new(Family, Network.Value | HostMask(Family, Length));

    public IpRange Range => new(First, Last);

    public static bool TryParse(string? text, out IpPrefix? prefix, out string? error)
    {
        prefix = null;
        error = null;
        var slash = text?.IndexOf('/', StringComparison.Ordinal) ?? -1;
        if (text is null || slash < 0)
        {
            error = "expected an address and a prefix length such as 10.0.0.0/8 or fd00::/8";
            return false;
        }

        if (!IpAddress.TryParse(text[..slash], out var address))
        {
            error = $"'{text[..slash]}' is not an IPv4 or IPv6 address";
            return false;
        }

        var lengthText = text[(slash + 1)..];
        var maxLength = IpAddress.BitLength(address.Family);
        if (lengthText.Length is 0 or > 3 || !lengthText.All(char.IsAsciiDigit) || (lengthText.Length > 1 && lengthText[0] == '0')
            || !int.TryParse(lengthText, NumberStyles.None, CultureInfo.InvariantCulture, out var length) || length > maxLength)
        {
            error = $"prefix length '{lengthText}' is not a number from 0 to {maxLength}";
            return false;
        }

        var network = new IpAddress(address.Family, address.Value & ~HostMask(address.Family, length) & IpAddress.MaxValue(address.Family));
        prefix = new IpPrefix(network, length, text);
        return true;
    }

    public static IpPrefix Parse(string text) =>
        TryParse(text, out var prefix, out var error) ? prefix! : throw new FormatException($"'{text}': {error}");

    public bool Contains(IpAddress address) =>
        address.Family == Family && address.Value >= First.Value && address.Value <= Last.Value;

    public bool Contains(IpPrefix other) => Contains(other.First) && Contains(other.Last);

    public override string ToString() => $"{Network}/{Length.ToString(CultureInfo.InvariantCulture)}";

    private static UInt128 HostMask(IpFamily family, int length)
    {
        var hostBits = IpAddress.BitLength(family) - length;
        return hostBits == 0 ? UInt128.Zero : (hostBits == 128 ? UInt128.MaxValue : (UInt128.One << hostBits) - 1);
    }
}
