using System.Net;
using System.Net.Sockets;
using System.Numerics;
using ComplianceAuditor.Engine.Net;

namespace ComplianceAuditor.TestSupport.Reference;

/// <summary>
/// Addresses as plain numbers over System.Net and BigInteger, so the reference never leans on
/// the engine's address code (the model's pod IPs are read only as family and number). An
/// IPv4-mapped IPv6 address stays in the IPv6 family: System.Net reports it as InterNetworkV6
/// and it is never converted.
/// </summary>
public static class NaiveAddress
{
    public static int Bits(AddressFamily family) => family == AddressFamily.InterNetwork ? 32 : 128;

    public static BigInteger MaxValue(AddressFamily family) => (BigInteger.One << Bits(family)) - 1;

    public static BigInteger ToNumber(IPAddress address) =>
        new(address.GetAddressBytes(), isUnsigned: true, isBigEndian: true);

    public static IPAddress FromNumber(AddressFamily family, BigInteger value)
    {
        var size = Bits(family) / 8;
        var raw = value.ToByteArray(isUnsigned: true, isBigEndian: true);
        var bytes = new byte[size];
        // BigInteger zero is one byte; anything else is at most the family's size.
        raw.AsSpan(Math.Max(0, raw.Length - size)).CopyTo(bytes.AsSpan(size - Math.Min(size, raw.Length)));
        return new IPAddress(bytes);
    }

    /// <summary>The model stores pod IPs as (family, number); only the number and family are read.</summary>
    public static IPAddress FromModel(IpAddress address) => FromNumber(
        address.Family == IpFamily.IPv4 ? AddressFamily.InterNetwork : AddressFamily.InterNetworkV6,
        (BigInteger)address.Value);
}
