using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Numerics;

namespace ComplianceAuditor.TestSupport.Reference;

/// <summary>
/// A CIDR read from the text as written. Host bits are simply shifted away when comparing, which
/// is what "192.168.1.1/24 denotes 192.168.1.0/24" means.
/// </summary>
public sealed class NaiveCidr
{
    private NaiveCidr(AddressFamily family, BigInteger written, int length)
    {
        Family = family;
        Length = length;
        HostBits = NaiveAddress.Bits(family) - length;
        First = (written >> HostBits) << HostBits;
        Last = First + (BigInteger.One << HostBits) - 1;
    }

    public AddressFamily Family { get; }

    public int Length { get; }

    public int HostBits { get; }

    public BigInteger First { get; }

    public BigInteger Last { get; }

    public static NaiveCidr Parse(string text)
    {
        var slash = text.IndexOf('/', StringComparison.Ordinal);
        var address = IPAddress.Parse(text[..slash]);
        var length = int.Parse(text[(slash + 1)..], NumberStyles.None, CultureInfo.InvariantCulture);
        return new NaiveCidr(address.AddressFamily, NaiveAddress.ToNumber(address), length);
    }

    public bool Contains(IPAddress address) => Contains(address.AddressFamily, NaiveAddress.ToNumber(address));

    public bool Contains(AddressFamily family, BigInteger address) => family == Family && address >> HostBits == First >> HostBits;
}
