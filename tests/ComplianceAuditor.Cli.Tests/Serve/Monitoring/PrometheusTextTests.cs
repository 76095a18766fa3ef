using ComplianceAuditor.Cli.Serve.Monitoring;

namespace ComplianceAuditor.Cli.Tests.Serve.Monitoring;

public class PrometheusTextTests
{
    [Theory]
    [InlineData(0.0, "0")]
    [InlineData(100.0, "100")]
    [InlineData(87.5, "87.5")]
    [InlineData(66.66666666666667, "66.66666666666667")]
    [InlineData(0.000001, "0.000001")]
    [InlineData(1.5e-7, "0.00000015")]
    [InlineData(1e15, "1000000000000000")]
    [InlineData(-2.5e16, "-25000000000000000")]
    [InlineData(double.NaN, "NaN")]
    [InlineData(double.PositiveInfinity, "+Inf")]
    [InlineData(double.NegativeInfinity, "-Inf")]
    public void Numbers_are_invariant_and_never_use_an_exponent(double value, string expected)
    {
        var text = PrometheusText.Number(value);

        Assert.Equal(expected, text);
        if (double.IsFinite(value))
        {
            Assert.Equal(value, double.Parse(text, System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    [Fact]
    public void Negative_zero_is_written_as_zero() => Assert.Equal("0", PrometheusText.Number(-0.0));

    [Fact]
    public void Timestamps_are_unix_seconds_to_the_millisecond()
    {
        Assert.Equal("0", PrometheusText.UnixSeconds(DateTimeOffset.UnixEpoch));
        Assert.Equal("1795917600", PrometheusText.UnixSeconds(new DateTimeOffset(2026, 11, 29, 2, 0, 0, TimeSpan.Zero)));
        Assert.Equal("1795917600.123", PrometheusText.UnixSeconds(new DateTimeOffset(2026, 11, 29, 3, 0, 0, TimeSpan.FromHours(1)).AddTicks(1_239_999)));
        Assert.Equal("4102444799.999", PrometheusText.UnixSeconds(new DateTimeOffset(2099, 12, 31, 23, 59, 59, 999, TimeSpan.Zero)));
    }

    [Fact]
    public void Durations_are_seconds_exact_to_the_tick()
    {
        Assert.Equal("0", PrometheusText.Seconds(TimeSpan.Zero));
        Assert.Equal("0.0000001", PrometheusText.Seconds(TimeSpan.FromTicks(1)));
        Assert.Equal("86400.5", PrometheusText.Seconds(TimeSpan.FromDays(1) + TimeSpan.FromMilliseconds(500)));
    }

    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a\"b", "a\\\"b")]
    [InlineData("a\\b", "a\\\\b")]
    [InlineData("a\nb", "a\\nb")]
    [InlineData("\\n", "\\\\n")]
    [InlineData("ü\r\t🚀", "ü\r\t🚀")]
    public void Label_values_escape_exactly_backslash_quote_and_line_feed(string value, string expected) =>
        Assert.Equal(expected, PrometheusText.EscapeLabelValue(value));

    [Fact]
    public void Labels_are_written_in_the_order_given()
    {
        Assert.Equal(string.Empty, PrometheusText.Labels());
        Assert.Equal("{target=\"a\",cluster=\"x\\\"y\"}", PrometheusText.Labels(("target", "a"), ("cluster", "x\"y")));
    }
}
