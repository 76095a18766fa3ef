using ComplianceAuditor.Reports.Text;

namespace ComplianceAuditor.Reports.Tests;

public class PrintableTests
{
    [Theory]
    [InlineData("shop/api-7d9", "shop/api-7d9")]
    [InlineData("evil\nshop/db => x", "evil\\u000ashop/db => x")]
    [InlineData("\u001b[2Jcleared", "\\u001b[2Jcleared")]
    [InlineData("rtl\u202eoverride", "rtl\\u202eoverride")]
    [InlineData("back\\slash", "back\\u005cslash")]
    public void Escapes_control_and_format_characters(string input, string expected) =>
        Assert.Equal(expected, Printable.Escape(input));
}
