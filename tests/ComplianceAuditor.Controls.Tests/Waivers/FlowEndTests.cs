using ComplianceAuditor.Controls.Waivers;

namespace ComplianceAuditor.Controls.Tests.Waivers;

public class FlowEndTests
{
    [Theory]
    [InlineData("203.0.113.0-203.0.113.9", "203.0.113.0-203.0.113.9")]
    [InlineData("10.0.0.0/8", "10.0.0.0-10.255.255.255")]
    [InlineData("192.0.2.7", "192.0.2.7-192.0.2.7")]
    [InlineData("fd00::/127", "fd00::-fd00::1")]
    public void Addresses_are_ranges_cidrs_or_single_addresses(string text, string range)
    {
        Assert.Equal(range, FlowEnd.Addresses(text)?.ToString());
        Assert.Null(FlowEnd.Problem(text));
    }

    [Theory]
    [InlineData("payments/checkout-api-84c6d5b7f9-hv9rt")]
    [InlineData("analytics/cohort-export[CronJob]")]
    [InlineData("analytics/*")]
    public void Peers_are_namespace_and_name(string text)
    {
        Assert.Null(FlowEnd.Addresses(text));
        Assert.Null(FlowEnd.Problem(text));
    }

    [Theory]
    [InlineData("analytics")]
    [InlineData("a/b/c")]
    [InlineData("/x")]
    [InlineData("x/")]
    [InlineData("10.0.0.9-10.0.0.1")]
    [InlineData("10.0.0.0/33")]
    [InlineData("analytics/*\n")]
    [InlineData("payments/checkout\n")]
    public void Anything_else_is_a_problem(string text) =>
        Assert.StartsWith($"'{text}' is not a flow end", FlowEnd.Problem(text), StringComparison.Ordinal);
}
