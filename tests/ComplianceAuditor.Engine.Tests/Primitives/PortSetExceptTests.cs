using ComplianceAuditor.Engine.Ports;

namespace ComplianceAuditor.Engine.Tests.Primitives;

public class PortSetExceptTests
{
    [Theory]
    [InlineData("1-65535", "80", "1-79,81-65535")]
    [InlineData("80,443,8000-8080", "443,8010-8020", "80,8000-8009,8021-8080")]
    [InlineData("80", "1-65535", "")]
    [InlineData("80-90", "70-85,88", "86-87,89-90")]
    [InlineData("80-90", "", "80-90")]
    [InlineData("1,65535", "1", "65535")]
    public void Except_removes_exactly_the_other_sets_ports(string set, string other, string expected) =>
        Assert.Equal(expected, Parse(set).Except(Parse(other)).ToString());

    [Fact]
    public void Except_agrees_with_a_port_by_port_difference()
    {
        var random = new Random(7);
        for (var round = 0; round < 200; round++)
        {
            var a = RandomSet(random);
            var b = RandomSet(random);
            var difference = a.Except(b);
            for (var port = 1; port <= 120; port++)
            {
                Assert.Equal(a.Contains(port) && !b.Contains(port), difference.Contains(port));
            }
        }
    }

    private static PortSet RandomSet(Random random) =>
        PortSet.FromRanges(Enumerable.Range(0, random.Next(4)).Select(_ => random.Next(1, 110)).Select(s => (s, s + random.Next(10))));

    private static PortSet Parse(string text) => text.Length == 0
        ? PortSet.Empty
        : PortSet.FromRanges(text.Split(',').Select(p => p.Split('-')).Select(p => (int.Parse(p[0], System.Globalization.CultureInfo.InvariantCulture), int.Parse(p[^1], System.Globalization.CultureInfo.InvariantCulture))));
}
