namespace ComplianceAuditor.Engine.Net;

/// <summary>
/// An immutable, canonical set of addresses over both spaces: per family, sorted, merged,
/// non-adjacent inclusive ranges. Operations return new sets.
/// </summary>
public sealed class IpRangeSet : IEquatable<IpRangeSet>
{
    private readonly UInt128[] v4;
    private readonly UInt128[] v6;

    public static IpRangeSet Empty { get; } = new([], []);

    public static IpRangeSet All { get; } = new([UInt128.Zero, uint.MaxValue], [UInt128.Zero, UInt128.MaxValue]);

    private IpRangeSet(UInt128[] v4, UInt128[] v6)
    {
        this.v4 = v4;
        this.v6 = v6;
    }

    public bool IsEmpty => v4.Length == 0 && v6.Length == 0;

    public static IpRangeSet Of(IpRange range)
    {
        UInt128[] bounds = [range.First.Value, range.Last.Value];
        return range.Family == IpFamily.IPv4 ? new IpRangeSet(bounds, []) : new IpRangeSet([], bounds);
    }

    public static IpRangeSet Of(IpPrefix prefix) => Of(prefix.Range);

    /// <summary>The sorted ranges of one family.</summary>
    public IEnumerable<IpRange> Ranges(IpFamily family)
    {
        var bounds = family == IpFamily.IPv4 ? v4 : v6;
        for (var i = 0; i < bounds.Length; i += 2)
        {
            yield return new IpRange(new IpAddress(family, bounds[i]), new IpAddress(family, bounds[i + 1]));
        }
    }

    public IEnumerable<IpRange> Ranges() => Ranges(IpFamily.IPv4).Concat(Ranges(IpFamily.IPv6));

    public bool Contains(IpAddress address)
    {
        var bounds = address.Family == IpFamily.IPv4 ? v4 : v6;
        var lo = 0;
        var hi = (bounds.Length / 2) - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            if (address.Value < bounds[2 * mid])
            {
                hi = mid - 1;
            }
            else if (address.Value > bounds[(2 * mid) + 1])
            {
                lo = mid + 1;
            }
            else
            {
                return true;
            }
        }

        return false;
    }

    public IpRangeSet Union(IpRangeSet other) =>
        new(IntervalMath.Union(v4, other.v4), IntervalMath.Union(v6, other.v6));

    public IpRangeSet Except(IpRangeSet other) =>
        new(IntervalMath.Subtract(v4, other.v4), IntervalMath.Subtract(v6, other.v6));

    public IpRangeSet Intersect(IpRangeSet other) => Except(All.Except(other));

    public bool Equals(IpRangeSet? other) =>
        other is not null && v4.AsSpan().SequenceEqual(other.v4) && v6.AsSpan().SequenceEqual(other.v6);

    public override bool Equals(object? obj) => Equals(obj as IpRangeSet);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var b in v4)
        {
            hash.Add(b);
        }

        hash.Add(-1);
        foreach (var b in v6)
        {
            hash.Add(b);
        }

        return hash.ToHashCode();
    }

    public override string ToString() => IsEmpty ? "(none)" : string.Join(",", Ranges());
}
