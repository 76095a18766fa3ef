using ComplianceAuditor.Engine.Net;

namespace ComplianceAuditor.Engine.Tests.Primitives;

public sealed class IpPrefixTests
{
    [Theory]
    [InlineData("192.168.1.1/24", "192.168.1.0", "192.168.1.255")]
    [InlineData("10.0.0.5/30", "10.0.0.4", "10.0.0.7")]
    [InlineData("10.0.0.5/32", "10.0.0.5", "10.0.0.5")]
    [InlineData("10.9.8.7/0", "0.0.0.0", "255.255.255.255")]
    [InlineData("fd00::1:2/112", "fd00::1:0", "fd00::1:ffff")]
    [InlineData("fd00::1/0", "::", "ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff")]
    [InlineData("::ffff:10.0.0.9/120", "::ffff:a00:0", "::ffff:a00:ff")]
    public void Host_bits_denote_the_network_and_the_text_is_kept(string text, string first, string last)
    {
        var prefix = IpPrefix.Parse(text);

        Assert.Equal(first, prefix.First.ToString());
        Assert.Equal(last, prefix.Last.ToString());
        Assert.Equal(text, prefix.Text);
        Assert.Equal(prefix.Network, prefix.First);
    }

    [Theory]
    [InlineData("10.0.0.0/33")]
    [InlineData("::/129")]
    [InlineData("10.0.0.0/-1")]
    [InlineData("10.0.0.0/")]
    [InlineData("10.0.0.0/08")]
    [InlineData("10.0.0.0/ 8")]
    [InlineData("10.0.0.0/+8")]
    [InlineData("10.0.0.0/1a")]
    [InlineData("10.0.0.0/1000")]
    [InlineData("10.0.0.0/8/8")]
    [InlineData("10.0.0.0")]
    [InlineData("/8")]
    [InlineData("010.0.0.0/8")]
    [InlineData("10.1/16")]
    [InlineData("fe80::%eth0/64")]
    [InlineData("")]
    [InlineData(null)]
    public void Bad_lengths_and_bad_addresses_are_rejected_with_a_message(string? text)
    {
        Assert.False(IpPrefix.TryParse(text, out var prefix, out var error));
        Assert.Null(prefix);
        Assert.False(string.IsNullOrEmpty(error));
    }

    [Fact]
    public void An_IPv4_mapped_prefix_never_contains_an_IPv4_address()
    {
        var mapped = IpPrefix.Parse("::ffff:10.0.0.0/104");

        Assert.Equal(IpFamily.IPv6, mapped.Family);
        Assert.False(mapped.Contains(IpAddress.Parse("10.0.0.1")));
        Assert.True(mapped.Contains(IpAddress.Parse("::ffff:10.0.0.1")));
        Assert.False(IpPrefix.Parse("10.0.0.0/8").Contains(IpAddress.Parse("::ffff:10.0.0.1")));
    }

    [Fact]
    public void Containment_of_addresses_and_prefixes_is_inclusive_at_both_ends()
    {
        var prefix = IpPrefix.Parse("10.0.0.0/24");

        Assert.True(prefix.Contains(IpAddress.Parse("10.0.0.0")));
        Assert.True(prefix.Contains(IpAddress.Parse("10.0.0.255")));
        Assert.False(prefix.Contains(IpAddress.Parse("10.0.1.0")));
        Assert.True(prefix.Contains(IpPrefix.Parse("10.0.0.128/25")));
        Assert.True(prefix.Contains(prefix));
        Assert.False(prefix.Contains(IpPrefix.Parse("10.0.0.0/23")));
    }

    [Fact]
    public void ToString_shows_the_network_and_length()
    {
        Assert.Equal("192.168.1.0/24", IpPrefix.Parse("192.168.1.77/24").ToString());
        Assert.Equal("::/0", IpPrefix.Parse("::1/0").ToString());
    }
}
