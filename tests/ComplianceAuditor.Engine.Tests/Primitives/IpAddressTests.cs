using ComplianceAuditor.Engine.Net;

namespace ComplianceAuditor.Engine.Tests.Primitives;

public sealed class IpAddressTests
{
    [Theory]
    [InlineData("0.0.0.0", 0u)]
    [InlineData("10.0.0.1", 0x0a000001u)]
    [InlineData("192.168.100.7", 0xc0a86407u)]
    [InlineData("255.255.255.255", 0xffffffffu)]
    public void Dotted_decimal_is_IPv4(string text, uint value)
    {
        Assert.True(IpAddress.TryParse(text, out var address));
        Assert.Equal(new IpAddress(IpFamily.IPv4, value), address);
    }

    [Theory]
    [InlineData("010.0.0.1")]
    [InlineData("10.0.0.01")]
    [InlineData("10.00.0.1")]
    [InlineData("10.0.0")]
    [InlineData("10.1")]
    [InlineData("127.1")]
    [InlineData("167772161")]
    [InlineData("0x0a.0.0.1")]
    [InlineData("1.2.3.4.5")]
    [InlineData("256.0.0.1")]
    [InlineData("1..2.3")]
    [InlineData("1.2.3.")]
    [InlineData("+1.2.3.4")]
    [InlineData("1.2.3.-4")]
    [InlineData(" 10.0.0.1")]
    [InlineData("10.0.0.1 ")]
    [InlineData("١.٢.٣.٤")]
    [InlineData("10.0.0.1/32")]
    [InlineData("")]
    [InlineData(null)]
    public void IPv4_shorthand_leading_zeros_and_junk_are_rejected(string? text) =>
        Assert.False(IpAddress.TryParse(text, out _));

    [Theory]
    [InlineData("::", "0")]
    [InlineData("::1", "1")]
    [InlineData("fd00::1", "fd000000000000000000000000000001")]
    [InlineData("FD00::A", "fd00000000000000000000000000000a")]
    [InlineData("fd00:0000::0001", "fd000000000000000000000000000001")]
    [InlineData("1:2:3:4:5:6:7:8", "00010002000300040005000600070008")]
    [InlineData("::ffff:10.0.0.1", "ffff0a000001")]
    [InlineData("::ffff:a00:1", "ffff0a000001")]
    [InlineData("1:2:3:4:5:6:1.2.3.4", "00010002000300040005000601020304")]
    [InlineData("ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff", "ffffffffffffffffffffffffffffffff")]
    public void IPv6_forms_including_dotted_tails_are_read(string text, string hex)
    {
        Assert.True(IpAddress.TryParse(text, out var address));
        Assert.Equal(IpFamily.IPv6, address.Family);
        Assert.Equal(UInt128.Parse(hex, System.Globalization.NumberStyles.HexNumber, System.Globalization.CultureInfo.InvariantCulture), address.Value);
    }

    [Theory]
    [InlineData("fe80::1%eth0")]
    [InlineData("fe80::1%1")]
    [InlineData("[::1]")]
    [InlineData("[::1]:80")]
    [InlineData("::ffff:010.0.0.1")]
    [InlineData("::ffff:10.0.1")]
    [InlineData("::ffff:10.0.0.256")]
    [InlineData("::1.")]
    [InlineData("1.2.3.4::")]
    [InlineData("1:2:3:4:5:6:7:8:9")]
    [InlineData("12345::")]
    [InlineData(":::")]
    [InlineData("1::2::3")]
    [InlineData("::g")]
    [InlineData(" ::1")]
    [InlineData("fd00::/8")]
    public void IPv6_zone_ids_brackets_and_malformed_forms_are_rejected(string text) =>
        Assert.False(IpAddress.TryParse(text, out _));

    [Fact]
    public void An_IPv4_mapped_address_stays_IPv6()
    {
        var mapped = IpAddress.Parse("::ffff:10.0.0.1");
        var plain = IpAddress.Parse("10.0.0.1");

        Assert.Equal(IpFamily.IPv6, mapped.Family);
        Assert.NotEqual(plain, mapped);
        Assert.Equal("::ffff:a00:1", mapped.ToString());
    }

    [Fact]
    public void Parse_throws_a_FormatException_naming_the_text()
    {
        var error = Assert.Throws<FormatException>(() => IpAddress.Parse("10.1"));
        Assert.Contains("'10.1'", error.Message, StringComparison.Ordinal);
    }
}
