using ComplianceAuditor.Engine.Ports;

namespace ComplianceAuditor.Engine.Tests.Primitives;

public sealed class PortSetTests
{
    [Theory]
    [InlineData(0, 5)]
    [InlineData(1, 65536)]
    [InlineData(6, 5)]
    [InlineData(-1, -1)]
    public void Range_outside_1_to_65535_or_reversed_is_rejected(int start, int end) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => PortSet.Range(start, end));

    [Theory]
    [InlineData(1, 5, 6, 10, "1-10")]
    [InlineData(1, 5, 7, 10, "1-5,7-10")]
    [InlineData(3, 8, 1, 4, "1-8")]
    [InlineData(1, 10, 3, 4, "1-10")]
    [InlineData(80, 80, 443, 443, "80,443")]
    public void Union_merges_overlapping_and_adjacent_ranges(int a1, int a2, int b1, int b2, string expected)
    {
        var union = PortSet.Range(a1, a2).Union(PortSet.Range(b1, b2));

        Assert.Equal(expected, union.ToString());
        Assert.Equal(union, PortSet.Range(b1, b2).Union(PortSet.Range(a1, a2)));
    }

    [Fact]
    public void Union_of_halves_is_all_ports()
    {
        var all = PortSet.Range(1, 32767).Union(PortSet.Range(32768, 65535));

        Assert.True(all.IsAll);
        Assert.Equal(PortSet.All, all);
        Assert.Equal("1-65535", all.ToString());
    }

    [Fact]
    public void FromRanges_builds_the_canonical_form_in_any_order()
    {
        var set = PortSet.FromRanges([(8000, 8080), (443, 443), (80, 80), (8081, 8081), (81, 81)]);

        Assert.Equal("80-81,443,8000-8081", set.ToString());
        Assert.Equal(3, set.RangeCount);
        Assert.Equal(PortSet.FromRanges([(80, 81), (443, 443), (8000, 8081)]), set);
        Assert.Equal(PortSet.FromRanges([(80, 81), (443, 443), (8000, 8081)]).GetHashCode(), set.GetHashCode());
    }

    [Fact]
    public void Intersect_keeps_only_common_ports()
    {
        var left = PortSet.FromRanges([(1, 10), (20, 30)]);
        var right = PortSet.Range(5, 25);

        Assert.Equal("5-10,20-25", left.Intersect(right).ToString());
        Assert.Equal("5-10,20-25", right.Intersect(left).ToString());
        Assert.True(left.Intersect(PortSet.Range(11, 19)).IsEmpty);
        Assert.Equal(left, left.Intersect(PortSet.All));
        Assert.True(left.Intersect(PortSet.Empty).IsEmpty);
        Assert.True(left.Overlaps(right));
        Assert.False(left.Overlaps(PortSet.Range(11, 19)));
    }

    [Fact]
    public void Contains_respects_range_ends()
    {
        var set = PortSet.FromRanges([(1, 1), (10, 20), (65535, 65535)]);

        Assert.True(set.Contains(1));
        Assert.True(set.Contains(10));
        Assert.True(set.Contains(20));
        Assert.True(set.Contains(65535));
        Assert.False(set.Contains(0));
        Assert.False(set.Contains(9));
        Assert.False(set.Contains(21));
        Assert.False(set.Contains(65534));
    }

    [Fact]
    public void Empty_set_prints_nothing_and_contains_nothing()
    {
        Assert.Equal("", PortSet.Empty.ToString());
        Assert.True(PortSet.Empty.IsEmpty);
        Assert.False(PortSet.Empty.Contains(1));
        Assert.Equal(PortSet.Empty, PortSet.Range(1, 5).Intersect(PortSet.Range(6, 9)));
    }
}
