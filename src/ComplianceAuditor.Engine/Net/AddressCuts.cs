namespace ComplianceAuditor.Engine.Net;

/// <summary>
/// Cuts an address space at every boundary of some address sets: the sorted starts of the
/// elementary intervals over which membership in each set is constant (0 always starts one).
/// </summary>
internal static class AddressCuts
{
    public static UInt128[] Starts(IpFamily family, IEnumerable<IpRangeSet> sets)
    {
        var max = IpAddress.MaxValue(family);
        var cuts = new SortedSet<UInt128> { UInt128.Zero };
        foreach (var set in sets)
        {
            foreach (var range in set.Ranges(family))
            {
                cuts.Add(range.First.Value);
                if (range.Last.Value != max)
                {
                    cuts.Add(range.Last.Value + 1);
                }
            }
        }

        return [.. cuts];
    }
}
