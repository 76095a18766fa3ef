using System.Net.Sockets;
using System.Numerics;
using ComplianceAuditor.Engine.Model;
using ComplianceAuditor.TestSupport.Reference;

namespace ComplianceAuditor.Engine.Tests.Properties;

/// <summary>
/// The addresses where an external answer may change: 0, and the first address and the address
/// after the last of every cidr and except. Between two consecutive breakpoints the naive answer
/// cannot change, so probing each one (plus each engine range's own ends) checks every address.
/// Pod IPs are added too: the contract says they are not carved out of the external space.
/// </summary>
internal static class Breakpoints
{
    public static IReadOnlyList<AddressFamily> Families { get; } = [AddressFamily.InterNetwork, AddressFamily.InterNetworkV6];

    public static Dictionary<AddressFamily, SortedSet<BigInteger>> FromSnapshot(ClusterSnapshot snapshot)
    {
        var points = Families.ToDictionary(f => f, _ => new SortedSet<BigInteger> { BigInteger.Zero });
        var blocks = snapshot.NetworkPolicies
            .SelectMany(p => (p.Spec.Ingress ?? []).Concat(p.Spec.Egress ?? []))
            .SelectMany(r => r.Peers ?? [])
            .Select(peer => peer.IpBlock)
            .OfType<IpBlock>();
        foreach (var block in blocks)
        {
            foreach (var prefix in block.Except.Prepend(block.Cidr))
            {
                var cidr = NaiveCidr.Parse(prefix.Text);
                AddRange(points[cidr.Family], cidr.Family, cidr.First, cidr.Last);
            }
        }

        foreach (var ip in snapshot.Pods.SelectMany(p => p.PodIPs).Select(NaiveAddress.FromModel))
        {
            points[ip.AddressFamily].Add(NaiveAddress.ToNumber(ip));
        }

        return points;
    }

    /// <summary>A range's first address and the one after its last (when that is still in the space).</summary>
    public static void AddRange(SortedSet<BigInteger> points, AddressFamily family, BigInteger first, BigInteger last)
    {
        points.Add(first);
        if (last < NaiveAddress.MaxValue(family))
        {
            points.Add(last + 1);
        }
    }
}
