using System.Collections.Immutable;
using ComplianceAuditor.Engine.Net;

namespace ComplianceAuditor.Engine.Model;

/// <summary>An <c>ipBlock</c> peer: the addresses in <see cref="Cidr"/> minus every <see cref="Except"/>.</summary>
public sealed record IpBlock(IpPrefix Cidr, ImmutableArray<IpPrefix> Except)
{
    public IpRangeSet Addresses =>
        Except.Aggregate(IpRangeSet.Of(Cidr), (set, except) => set.Except(IpRangeSet.Of(except)));

    public override string ToString() =>
        Except.IsEmpty ? Cidr.Text : $"{Cidr.Text} except {string.Join(", ", Except.Select(e => e.Text))}";
}
