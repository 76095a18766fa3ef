using ComplianceAuditor.Engine.Ports;

namespace ComplianceAuditor.Engine.Tests.Primitives;

public sealed class ProtocolPortSetTests
{
    [Fact]
    public void A_port_belongs_to_one_protocol_only()
    {
        var set = ProtocolPortSet.Of(Protocol.TCP, PortSet.Of(80));

        Assert.True(set.Contains(Protocol.TCP, 80));
        Assert.False(set.Contains(Protocol.UDP, 80));
        Assert.False(set.Contains(Protocol.SCTP, 80));
        Assert.True(set[Protocol.UDP].IsEmpty);
    }

    [Fact]
    public void Union_and_intersect_work_per_protocol()
    {
        var web = ProtocolPortSet.Of(Protocol.TCP, PortSet.FromRanges([(80, 80), (443, 443)]));
        var dns = ProtocolPortSet.Of(Protocol.UDP, PortSet.Of(53)).With(Protocol.TCP, PortSet.Of(53));

        var union = web.Union(dns);
        Assert.Equal("TCP 53,80,443; UDP 53", union.ToString());
        Assert.Equal("TCP 53", union.Intersect(ProtocolPortSet.Of(Protocol.TCP, PortSet.Range(1, 60))).ToString());
        Assert.True(web.Intersect(ProtocolPortSet.Of(Protocol.UDP, PortSet.All)).IsEmpty);
        Assert.Equal(union, dns.Union(web));
    }

    [Fact]
    public void All_three_protocols_with_all_ports_is_All()
    {
        var built = ProtocolPortSet.Of(Protocol.TCP, PortSet.All)
            .Union(ProtocolPortSet.Of(Protocol.UDP, PortSet.All))
            .Union(ProtocolPortSet.Of(Protocol.SCTP, PortSet.Range(1, 100)).Union(ProtocolPortSet.Of(Protocol.SCTP, PortSet.Range(101, 65535))));

        Assert.True(built.IsAll);
        Assert.Equal(ProtocolPortSet.All, built);
        Assert.Equal(ProtocolPortSet.All.GetHashCode(), built.GetHashCode());
    }

    [Fact]
    public void With_replaces_one_protocol_and_can_empty_the_set()
    {
        var set = ProtocolPortSet.Of(Protocol.SCTP, PortSet.Of(9)).With(Protocol.SCTP, PortSet.Empty);

        Assert.True(set.IsEmpty);
        Assert.Equal(ProtocolPortSet.Empty, set);
    }

    [Fact]
    public void Intersect_with_All_or_Empty()
    {
        var set = ProtocolPortSet.Of(Protocol.UDP, PortSet.Range(1, 12));

        Assert.Equal(set, set.Intersect(ProtocolPortSet.All));
        Assert.Equal(set, ProtocolPortSet.All.Intersect(set));
        Assert.True(set.Intersect(ProtocolPortSet.Empty).IsEmpty);
        Assert.True(ProtocolPortSet.Empty.Intersect(set).IsEmpty);
        Assert.Equal(ProtocolPortSet.All, set.Union(ProtocolPortSet.All));
    }

    [Fact]
    public void Protocols_are_listed_in_report_order() =>
        Assert.Equal([Protocol.TCP, Protocol.UDP, Protocol.SCTP], ProtocolPortSet.Protocols);
}
