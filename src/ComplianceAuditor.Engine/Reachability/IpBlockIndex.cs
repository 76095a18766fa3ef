using System.Collections.Immutable;
using ComplianceAuditor.Engine.Net;

namespace ComplianceAuditor.Engine.Reachability;

/// <summary>
/// Answers "which ipBlock peers contain this address" with one binary search: the address spaces
/// are cut at every block boundary into elementary intervals, each knowing its blocks.
/// </summary>
internal sealed class IpBlockIndex
{
    private readonly Family v4;
    private readonly Family v6;

    public IpBlockIndex(IReadOnlyList<(int PeerId, IpRangeSet Addresses)> blocks)
    {
        v4 = new Family(IpFamily.IPv4, blocks);
        v6 = new Family(IpFamily.IPv6, blocks);
    }

    /// <summary>The sorted ids of the blocks containing any of the addresses.</summary>
    public int[] Match(ImmutableArray<IpAddress> addresses)
    {
        int[]? single = null;
        SortedSet<int>? many = null;
        foreach (var address in addresses)
        {
            var ids = (address.Family == IpFamily.IPv4 ? v4 : v6).Match(address.Value);
            if (ids.Length == 0)
            {
                continue;
            }

            if (single is null)
            {
                single = ids;
            }
            else
            {
                many ??= [.. single];
                many.UnionWith(ids);
            }
        }

        return many is not null ? [.. many] : single ?? [];
    }

    private sealed class Family
    {
        private readonly UInt128[] starts;
        private readonly int[][] members;

        public Family(IpFamily family, IReadOnlyList<(int PeerId, IpRangeSet Addresses)> blocks)
        {
            starts = AddressCuts.Starts(family, blocks.Select(b => b.Addresses));
            members = [.. starts.Select(start => blocks
                .Where(b => b.Addresses.Contains(new IpAddress(family, start)))
                .Select(b => b.PeerId).Order().ToArray())];
        }

        public int[] Match(UInt128 value)
        {
            var index = Array.BinarySearch(starts, value);
            return members[index >= 0 ? index : ~index - 1];
        }
    }
}
