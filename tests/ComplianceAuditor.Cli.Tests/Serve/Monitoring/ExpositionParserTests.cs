namespace ComplianceAuditor.Cli.Tests.Serve.Monitoring;

/// <summary>The strict parser the metrics tests rely on must reject what Prometheus would.</summary>
public class ExpositionParserTests
{
    private const string Type = "# TYPE m gauge\n";

    [Fact]
    public void A_valid_exposition_is_read_with_labels_unescaped()
    {
        var scrape = ExpositionParser.Parse("# HELP m Some help.\n# TYPE m gauge\nm{a=\"x\\\"y\\\\z\\n\",b=\"\"} 1.5\nm 2 1700000000000\n\n# a free comment\n");

        Assert.Equal("gauge", scrape.Types["m"]);
        Assert.Equal(2, scrape.Samples.Count);
        Assert.Equal("x\"y\\z\n", scrape.Samples[0].Labels["a"]);
        Assert.Equal(1.5, scrape.Samples[0].Value);
        Assert.Equal(2, scrape.Samples[1].Value);
        Assert.Empty(scrape.Samples[1].Labels);
    }

    [Theory]
    [InlineData("m 1\n", "no TYPE")]
    [InlineData(Type + "m 1\nm 1\n", "duplicate series")]
    [InlineData(Type + "m{a=\"1\",b=\"2\"} 1\nm{b=\"2\",a=\"1\"} 1\n", "duplicate series")]
    [InlineData(Type + "m{a=\"x\"y\"} 1\n", "expected , or }")]
    [InlineData(Type + "m{a=\"x\\ty\"} 1\n", "invalid escape")]
    [InlineData(Type + "m{a=\"x} 1\n", "unterminated")]
    [InlineData(Type + "m{a=\"1\",} 1\n", "trailing comma")]
    [InlineData(Type + "m{a=\"1\",a=\"2\"} 1\n", "twice")]
    [InlineData(Type + "m{1a=\"1\"} 1\n", "bad label")]
    [InlineData(Type + "m  1\n", "bad value")]
    [InlineData(Type + "m 1 2 3\n", "expected a value")]
    [InlineData(Type + "m one\n", "bad value")]
    [InlineData(Type + "m 1", "line feed")]
    [InlineData("# TYPE 1m gauge\n", "bad metric name")]
    [InlineData("# TYPE m gauges\n", "known type")]
    [InlineData(Type + Type, "repeated")]
    [InlineData("# TYPE m gauge\nm 1\n# TYPE n counter\nn-x 1\n", "expected one space")]
    [InlineData(Type + "{a=\"1\"} 1\n", "no metric name")]
    public void Invalid_text_is_rejected_with_the_reason(string text, string reason)
    {
        var error = Assert.Throws<FormatException>(() => ExpositionParser.Parse(text));

        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }
}
