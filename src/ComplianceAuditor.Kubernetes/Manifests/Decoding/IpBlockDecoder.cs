using System.Collections.Immutable;
using ComplianceAuditor.Engine.Model;
using ComplianceAuditor.Engine.Net;
using ComplianceAuditor.Kubernetes.Manifests.Nodes;

namespace ComplianceAuditor.Kubernetes.Manifests.Decoding;

/// <summary>
/// Reads an <c>ipBlock</c>: a valid <c>cidr</c> (host bits allowed: they denote the network) and
/// <c>except</c> entries strictly inside it, as the API server checks it.
/// </summary>
internal static class IpBlockDecoder
{
    private static readonly string[] IpBlockFields = ["cidr", "except"];

    public static IpBlock? Read(FieldReader reader, Node node, FieldPath path)
    {
        if (reader.AsMapping(node, path) is not { } map)
        {
            return null;
        }

        reader.RejectUnknownFields(map, path, IpBlockFields);
        var cidr = ReadCidr(reader, map, path);
        var excepts = reader.List(map, "except", path, (r, item, itemPath) => ReadExcept(r, item, itemPath, cidr));
        return cidr is null ? null : new IpBlock(cidr, excepts is { } e ? [.. e.OfType<IpPrefix>()] : ImmutableArray<IpPrefix>.Empty);
    }

    private static IpPrefix? ReadCidr(FieldReader reader, MappingNode map, FieldPath path)
    {
        if (FieldReader.Get(map, "cidr") is not { } node)
        {
            reader.Error(map, path.Field("cidr"), "cidr is required");
            return null;
        }

        return reader.AsString(node, path.Field("cidr")) is { } text ? Parse(reader, node, path.Field("cidr"), text) : null;
    }

    private static IpPrefix? ReadExcept(FieldReader reader, Node item, FieldPath path, IpPrefix? cidr)
    {
        if (reader.ItemString(item, path) is not { } text || Parse(reader, item, path, text) is not { } except)
        {
            return null;
        }

        if (cidr is null)
        {
            return except;
        }

        if (!IsStrictSubset(cidr, except))
        {
            reader.Error(item, path, $"except '{text}' is not strictly inside cidr '{cidr.Text}'");
        }

        return except;
    }

    /// <summary>
    /// Whether an except is strictly inside cidr, by either of two readings: the API server's
    /// (Go reads IPv4-mapped addresses as IPv4) or the reachability contract's (a mapped address
    /// is IPv6). Both matter: the API server accepts 10.0.0.0/8 except ::ffff:10.1.0.0/112, and
    /// the contract gives ::/0 except ::ffff:0:0/96 a meaning. In either case the except then
    /// removes only addresses of its own space, as the contract says.
    /// </summary>
    private static bool IsStrictSubset(IpPrefix cidr, IpPrefix except) =>
        except.Length > cidr.Length && (cidr.Contains(except) || ContainsAsApiServerSeesIt(cidr, except));

    private static bool ContainsAsApiServerSeesIt(IpPrefix cidr, IpPrefix except)
    {
        var (cidrFamily, first, length) = AsApiServerSeesIt(cidr.Network, cidr.Length);
        var (exceptFamily, address, _) = AsApiServerSeesIt(except.Network, except.Length);
        var hostBits = IpAddress.BitLength(cidrFamily) - length;
        var last = hostBits == 128 ? UInt128.MaxValue : first | ((UInt128.One << hostBits) - 1);
        return cidrFamily == exceptFamily && address >= first && address <= last;
    }

    private static (IpFamily Family, UInt128 Value, int Length) AsApiServerSeesIt(IpAddress address, int length)
    {
        const ulong MappedPrefix = 0xffff;
        return address.Family == IpFamily.IPv6 && address.Value >> 32 == MappedPrefix
            ? (IpFamily.IPv4, address.Value & uint.MaxValue, Math.Max(0, length - 96))
            : (address.Family, address.Value, length);
    }

    private static IpPrefix? Parse(FieldReader reader, Node node, FieldPath path, string text)
    {
        if (IpPrefix.TryParse(text, out var prefix, out var error))
        {
            return prefix;
        }

        reader.Error(node, path, $"invalid CIDR '{text}': {error}");
        return null;
    }
}
