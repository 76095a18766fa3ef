using ComplianceAuditor.Engine.Net;

namespace ComplianceAuditor.Engine.Tests.Primitives;

public sealed class IpRangeSetTests
{
    private static readonly UInt128 V6Max = UInt128.MaxValue;

    [Fact]
    public void Adjacent_blocks_merge_into_one_range()
    {
        var union = Set("10.0.0.128/25").Union(Set("10.0.0.0/25"));

        Assert.Equal(Set("10.0.0.0/24"), union);
        Assert.Equal("10.0.0.0-10.0.0.255", union.ToString());
        Assert.Single(union.Ranges());
    }

    [Fact]
    public void Overlapping_and_disjoint_ranges_union_canonically()
    {
        var union = V4(0, 10).Union(V4(5, 20)).Union(V4(30, 40)).Union(V4(21, 21));

        Assert.Equal("0.0.0.0-0.0.0.21,0.0.0.30-0.0.0.40", union.ToString());
        Assert.Equal(union, V4(30, 40).Union(V4(0, 21)));
    }

    [Fact]
    public void Except_cuts_a_hole_in_the_middle()
    {
        var set = Set("10.0.0.0/24").Except(Set("10.0.0.16/28"));

        Assert.Equal("10.0.0.0-10.0.0.15,10.0.0.32-10.0.0.255", set.ToString());
        Assert.True(set.Contains(IpAddress.Parse("10.0.0.15")));
        Assert.False(set.Contains(IpAddress.Parse("10.0.0.16")));
        Assert.False(set.Contains(IpAddress.Parse("10.0.0.31")));
        Assert.True(set.Contains(IpAddress.Parse("10.0.0.32")));
    }

    [Fact]
    public void Except_spanning_several_ranges_trims_both_ends()
    {
        var set = V4(0, 10).Union(V4(20, 30)).Union(V4(40, 50)).Except(V4(5, 45));

        Assert.Equal("0.0.0.0-0.0.0.4,0.0.0.46-0.0.0.50", set.ToString());
    }

    [Fact]
    public void Except_at_the_ends_of_each_space()
    {
        Assert.Equal("0.0.0.1-255.255.255.255", IpRangeSet.All.Except(Set("0.0.0.0/32")).Ranges(IpFamily.IPv4).Single().ToString());
        Assert.Equal("0.0.0.0-255.255.255.254", IpRangeSet.All.Except(Set("255.255.255.255/32")).Ranges(IpFamily.IPv4).Single().ToString());
        Assert.Equal("::1-ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff", IpRangeSet.All.Except(Set("::/128")).Ranges(IpFamily.IPv6).Single().ToString());
        Assert.Equal("::-ffff:ffff:ffff:ffff:ffff:ffff:ffff:fffe", IpRangeSet.All.Except(Set("ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff/128")).Ranges(IpFamily.IPv6).Single().ToString());
        Assert.Empty(IpRangeSet.All.Except(Set("0.0.0.0/0")).Ranges(IpFamily.IPv4));
        Assert.True(IpRangeSet.All.Except(Set("0.0.0.0/0")).Except(Set("::/0")).IsEmpty);
    }

    [Fact]
    public void Union_merges_at_the_ends_of_each_space()
    {
        Assert.Equal(V4(0, 1), V4(1, 1).Union(V4(0, 0)));
        Assert.Equal(V4(uint.MaxValue - 1, uint.MaxValue), V4(uint.MaxValue, uint.MaxValue).Union(V4(uint.MaxValue - 1, uint.MaxValue - 1)));
        Assert.Equal(V6(0, V6Max), V6(0, 5).Union(V6(6, V6Max)));
        Assert.Equal(IpRangeSet.All, Set("0.0.0.0/1").Union(Set("128.0.0.0/1")).Union(Set("::/0")));
    }

    [Fact]
    public void The_families_are_separate_spaces()
    {
        var v4 = Set("10.0.0.0/8");

        Assert.Equal(v4, v4.Except(Set("::ffff:10.0.0.0/104")));
        Assert.False(v4.Contains(IpAddress.Parse("::ffff:10.0.0.1")));
        Assert.Equal(2, v4.Union(Set("::ffff:10.0.0.0/104")).Ranges().Count());
        Assert.True(v4.Intersect(Set("::/0")).IsEmpty);
    }

    [Fact]
    public void Intersect_keeps_the_common_addresses()
    {
        var set = V4(0, 10).Union(V4(20, 30)).Intersect(V4(5, 25));

        Assert.Equal("0.0.0.5-0.0.0.10,0.0.0.20-0.0.0.25", set.ToString());
    }

    [Fact]
    public void Equal_sets_built_differently_are_equal()
    {
        var a = Set("10.0.0.0/24").Except(Set("10.0.0.0/25"));
        var b = Set("10.0.0.128/26").Union(Set("10.0.0.192/26"));

        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.Equal("(none)", IpRangeSet.Empty.ToString());
    }

    private static IpRangeSet Set(string cidr) => IpRangeSet.Of(IpPrefix.Parse(cidr));

    private static IpRangeSet V4(uint first, uint last) =>
        IpRangeSet.Of(new IpRange(new IpAddress(IpFamily.IPv4, first), new IpAddress(IpFamily.IPv4, last)));

    private static IpRangeSet V6(UInt128 first, UInt128 last) =>
        IpRangeSet.Of(new IpRange(new IpAddress(IpFamily.IPv6, first), new IpAddress(IpFamily.IPv6, last)));
}
