namespace ComplianceAuditor.Engine.Net;

/// <summary>An inclusive range of addresses of one family; the report writes it "first-last".</summary>
public readonly record struct IpRange(IpAddress First, IpAddress Last)
{
    public IpFamily Family => First.Family;

    public static IpRange Whole(IpFamily family) =>
        new(new IpAddress(family, UInt128.Zero), new IpAddress(family, IpAddress.MaxValue(family)));

    public bool Contains(IpAddress address) =>
        address.Family == Family && address.Value >= First.Value && address.Value <= Last.Value;

    public override string ToString() => $"{First}-{Last}";
}
