using System.Collections.Immutable;
using System.Net;
using System.Numerics;
using ComplianceAuditor.Engine.Model;
using ComplianceAuditor.Engine.Net;

namespace ComplianceAuditor.TestSupport.RandomClusters;

/// <summary>
/// Pod IPs from small pools and ipBlocks around them. CIDR texts often keep host bits set and
/// sometimes sit at the very ends of a space (0.0.0.0, 255.255.255.255, ::, ffff:...:ffff).
/// IPv4-mapped addresses (::ffff:10.0.0.x) are their own pool: they must never match IPv4.
/// </summary>
internal static class RandomAddresses
{
    private static readonly Space V4 = new(32, [.. Pool("10.0.0.0"), .. Pool("10.1.0.0"), .. Pool("0.0.0.0"), .. Pool("255.255.255.240"), .. Pool("192.168.0.0")],
        [0, 1, 8, 15, 16, 24, 28, 29, 30, 31, 32]);

    private static readonly Space V6 = new(128, [.. Pool("fd00::"), .. Pool("::"), .. Pool("ffff:ffff:ffff:ffff:ffff:ffff:ffff:fff0"), .. Pool("2001:db8::")],
        [0, 1, 8, 64, 120, 124, 126, 127, 128]);

    private static readonly Space Mapped = new(128, [.. Pool("::ffff:10.0.0.0"), .. Pool("::ffff:10.1.0.0")], [64, 96, 120, 124, 126, 128]);

    private static readonly UInt128 MappedPrefix = (UInt128)0xffff << 32;

    private static readonly UInt128[] PodV4 = [.. Pool("10.0.0.0"), .. Pool("10.1.0.0")];

    private static readonly UInt128[] PodV6 = Pool("fd00::");

    private static readonly UInt128[] PodMapped = Pool("::ffff:10.0.0.0");

    /// <summary>None, one address of either family (or IPv4-mapped), or dual-stack IPv4 plus IPv6.</summary>
    public static ImmutableArray<IpAddress> PodIPs(Dice dice) => dice.Weighted((15, 0), (45, 1), (15, 2), (10, 3), (15, 4)) switch
    {
        0 => [],
        1 => [Address(dice.Pick(PodV4), 32)],
        2 => [Address(dice.Pick(PodV6), 128)],
        3 => [Address(dice.Pick(PodMapped), 128)],
        _ => [Address(dice.Pick(PodV4), 32), Address(dice.Pick(PodV6), 128)],
    };

    public static IpBlock Block(Dice dice)
    {
        var space = dice.Weighted((65, V4), (25, V6), (10, Mapped));
        var length = dice.Pick(space.Lengths);
        var written = dice.Pick(space.Bases);
        var hostBits = space.Bits - length;
        var network = hostBits == 128 ? UInt128.Zero : (written >> hostBits) << hostBits;
        // Validation checks "strict subset" with Go's net.IPNet.Contains, which sees an IPv4-mapped
        // except as IPv4: inside an IPv6 cidr it is rejected, so mapped cidrs of /96 and longer
        // (all mapped addresses) get no excepts.
        var excepts = new List<IpPrefix>();
        var count = hostBits == 0 || (ReferenceEquals(space, Mapped) && length >= 96) ? 0 : dice.Weighted((5, 0), (3, 1), (2, 2));
        for (var i = 0; i < count; i++)
        {
            excepts.Add(Except(dice, space, network, length));
        }

        return new IpBlock(Prefix(written, space.Bits, length), [.. excepts]);
    }

    /// <summary>A strict subset of the cidr (longer prefix, inside it), as validation requires.</summary>
    private static IpPrefix Except(Dice dice, Space space, UInt128 network, int cidrLength)
    {
        var (address, length) = Inside(dice, space, network, cidrLength);
        if (ReferenceEquals(space, V4) && dice.Chance(0.15))
        {
            // Validation accepts an IPv4-mapped except under an IPv4 cidr; the contract puts it in
            // the IPv6 space, so it must carve nothing out of the IPv4 cidr.
            return Prefix(MappedPrefix | address, 128, 96 + length);
        }

        if (!ReferenceEquals(space, V4) && IsMapped(address))
        {
            // Only reachable from a /64 mapped cidr or by a random offset: use the (unmapped) network.
            address = network;
        }

        return Prefix(address, space.Bits, length);
    }

    private static (UInt128 Address, int Length) Inside(Dice dice, Space space, UInt128 network, int cidrLength)
    {
        var length = dice.Chance(0.6) && space.Lengths.Any(l => l > cidrLength)
            ? dice.Pick([.. space.Lengths.Where(l => l > cidrLength)])
            : dice.Between(cidrLength + 1, space.Bits);
        var hostBits = space.Bits - cidrLength;
        var inside = space.Bases.Where(b => hostBits == 128 || b >> hostBits == network >> hostBits).ToList();
        if (inside.Count > 0 && dice.Chance(0.6))
        {
            return (dice.Pick(inside), length);
        }

        var offset = dice.Chance(0.5) ? (UInt128)dice.Between(0, 31) : dice.Bits(128);
        return (network | (offset & (hostBits == 128 ? UInt128.MaxValue : (UInt128.One << hostBits) - 1)), length);
    }

    private static bool IsMapped(UInt128 address) => address >> 32 == 0xffff;

    private static IpPrefix Prefix(UInt128 address, int bits, int length) =>
        IpPrefix.Parse($"{Text(address, bits)}/{length}");

    private static IpAddress Address(UInt128 value, int bits) => IpAddress.Parse(Text(value, bits));

    /// <summary>System.Net's text, which writes dotted tails for mapped addresses; the engine must read those too.</summary>
    private static string Text(UInt128 value, int bits)
    {
        var bytes = ((BigInteger)value).ToByteArray(isUnsigned: true, isBigEndian: true);
        var full = new byte[bits / 8];
        bytes.AsSpan(Math.Max(0, bytes.Length - full.Length)).CopyTo(full.AsSpan(full.Length - Math.Min(full.Length, bytes.Length)));
        return new IPAddress(full).ToString();
    }

    /// <summary>Sixteen consecutive addresses from a base.</summary>
    private static UInt128[] Pool(string first)
    {
        var start = (UInt128)new BigInteger(IPAddress.Parse(first).GetAddressBytes(), isUnsigned: true, isBigEndian: true);
        return [.. Enumerable.Range(0, 16).Select(i => start + (UInt128)i)];
    }

    private sealed record Space(int Bits, UInt128[] Bases, int[] Lengths);
}
