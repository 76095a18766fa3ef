using ComplianceAuditor.Reports.Xlsx;

namespace ComplianceAuditor.Reports.Tests.Xlsx;

public class CellTextTests
{
    [Theory]
    [InlineData("=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")")]
    [InlineData("+1", "'+1")]
    [InlineData("-2+3", "'-2+3")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\tcmd", "'\tcmd")]
    [InlineData("\rcmd", "'\ncmd")]
    public void Values_that_start_like_a_formula_get_a_leading_quote(string value, string expected) =>
        Assert.Equal(expected, CellText.Safe(value));

    [Theory]
    [InlineData("payments/db-0", "payments/db-0")]
    [InlineData("a=b", "a=b")]
    [InlineData(" =1", " =1")]
    [InlineData("'quoted", "'quoted")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void Other_values_are_kept_as_they_are(string? value, string expected) =>
        Assert.Equal(expected, CellText.Safe(value));

    [Theory]
    [InlineData("a\u0001b\u0008c", "a\uFFFDb\uFFFDc")]
    [InlineData("x\uFFFEy\uFFFF", "x\uFFFDy\uFFFD")]
    [InlineData("pair \uD83D\uDE00 kept", "pair \uD83D\uDE00 kept")]
    [InlineData("tab\tnew\nline", "tab\tnew\nline")]
    [InlineData("crlf\r\ncr\rend", "crlf\ncr\nend")]
    public void Characters_xml_cannot_carry_become_the_replacement_character(string value, string expected) =>
        Assert.Equal(expected, CellText.Safe(value));

    [Fact]
    public void Unpaired_surrogates_become_the_replacement_character()
    {
        // Built here rather than in InlineData: the test runner's serialisation mangles lone surrogates.
        var high = "lone " + (char)0xD800 + " high";
        var low = (char)0xDC00 + "low" + (char)0xD800;

        Assert.Equal(("lone \uFFFD high", "\uFFFDlow\uFFFD"), (CellText.Safe(high), CellText.Safe(low)));
    }

    [Fact]
    public void A_control_character_in_front_of_a_formula_is_replaced_and_the_rest_still_neutralised()
    {
        Assert.Equal("\uFFFD=1", CellText.Safe("\u0001=1"));
        Assert.Equal("'=1\uFFFD", CellText.Safe("=1\u0000"));
    }
}
