using ComplianceAuditor.Engine.Net;

namespace ComplianceAuditor.Engine.Tests.Primitives;

/// <summary>RFC 5952 section 4, as the reachability contract requires for IPv6 range text.</summary>
public sealed class IpFormatTests
{
    [Theory]
    [InlineData("::", "::")]
    [InlineData("0:0:0:0:0:0:0:1", "::1")]
    [InlineData("1:0:0:0:0:0:0:0", "1::")]
    [InlineData("2001:0db8:0000:0000:0000:0000:0000:0001", "2001:db8::1")]
    [InlineData("2001:DB8::ABCD", "2001:db8::abcd")]
    [InlineData("fd00:0:0:0:0:0:0:0", "fd00::")]
    public void Zeros_compress_and_hex_is_lower_case_without_leading_zeros(string input, string expected) =>
        Assert.Equal(expected, IpAddress.Parse(input).ToString());

    [Theory]
    [InlineData("2001:0:0:1:0:0:0:1", "2001:0:0:1::1")]
    [InlineData("0:0:1:0:0:0:1:0", "0:0:1::1:0")]
    public void The_longest_zero_run_is_compressed(string input, string expected) =>
        Assert.Equal(expected, IpAddress.Parse(input).ToString());

    [Theory]
    [InlineData("2001:db8:0:0:1:0:0:1", "2001:db8::1:0:0:1")]
    [InlineData("0:0:1:1:0:0:1:1", "::1:1:0:0:1:1")]
    [InlineData("1:0:0:1:1:1:0:0", "1::1:1:1:0:0")]
    public void On_a_tie_the_first_run_is_compressed(string input, string expected) =>
        Assert.Equal(expected, IpAddress.Parse(input).ToString());

    [Theory]
    [InlineData("2001:db8:0:1:1:1:1:1", "2001:db8:0:1:1:1:1:1")]
    [InlineData("1:0:1:0:1:0:1:0", "1:0:1:0:1:0:1:0")]
    [InlineData("0:1:2:3:4:5:6:7", "0:1:2:3:4:5:6:7")]
    public void A_single_zero_group_is_not_compressed(string input, string expected) =>
        Assert.Equal(expected, IpAddress.Parse(input).ToString());

    [Theory]
    [InlineData("::ffff:10.0.0.1", "::ffff:a00:1")]
    [InlineData("::ffff:0.0.0.0", "::ffff:0:0")]
    [InlineData("::10.0.0.1", "::a00:1")]
    [InlineData("64:ff9b::192.0.2.33", "64:ff9b::c000:221")]
    public void IPv4_tails_are_written_in_hex(string input, string expected) =>
        Assert.Equal(expected, IpAddress.Parse(input).ToString());

    [Fact]
    public void Space_ends_are_written_in_full()
    {
        Assert.Equal("0.0.0.0", IpFormat.Format(IpFamily.IPv4, UInt128.Zero));
        Assert.Equal("255.255.255.255", IpFormat.Format(IpFamily.IPv4, uint.MaxValue));
        Assert.Equal("::", IpFormat.Format(IpFamily.IPv6, UInt128.Zero));
        Assert.Equal("ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff", IpFormat.Format(IpFamily.IPv6, UInt128.MaxValue));
    }

    [Theory]
    [InlineData("10.20.30.40")]
    [InlineData("fd00::a:0:0:1")]
    [InlineData("1:2:3:4:5:6:7:8")]
    public void Canonical_text_round_trips(string text) =>
        Assert.Equal(text, IpAddress.Parse(text).ToString());
}
