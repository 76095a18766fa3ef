using ComplianceAuditor.Engine.Net;
using ComplianceAuditor.Engine.Ports;

namespace ComplianceAuditor.Controls.Checks;

/// <summary>
/// What an inbound-flow check examines: flows into <see cref="Destinations"/> from the source
/// peers <see cref="IsSource"/> accepts and from <see cref="SourceAddresses"/>, and which part of
/// each flow's ports offends (empty: the flow is fine).
/// <para>
/// The predicates must see peers only through the workload zones they are in
/// (<see cref="Scope.ZoneMembership.SignatureOf"/>): <see cref="FlowScan"/> asks them once per zone
/// signature (and ports), with any peer of it, never once per pair of peers.
/// </para>
/// </summary>
internal sealed record FlowQuery
{
    public required IReadOnlySet<int> Destinations { get; init; }

    /// <summary>The namespaces findings are about (every one gets a finding, pass or fail).</summary>
    public required IReadOnlyList<string> Namespaces { get; init; }

    public Func<int, bool> IsSource { get; init; } = _ => false;

    public IpRangeSet SourceAddresses { get; init; } = IpRangeSet.Empty;

    /// <summary>(source peer, destination peer, allowed ports) → the offending ports.</summary>
    public Func<int, int, ProtocolPortSet, ProtocolPortSet> OffendingFromPeer { get; init; } = (_, _, ports) => ports;

    /// <summary>
    /// Address sets (e.g. the address zones of allowances) whose bounds split external ranges, so
    /// <see cref="OffendingFromAddress"/> judges each part apart and a covered part is not reported.
    /// </summary>
    public IReadOnlyList<IpRangeSet> AddressCuts { get; init; } = [];

    /// <summary>(source addresses, destination peer, allowed ports) → the offending ports.</summary>
    public Func<IpRange, int, ProtocolPortSet, ProtocolPortSet> OffendingFromAddress { get; init; } = (_, _, ports) => ports;

    /// <summary>The failure message for a namespace, given how many flows offend.</summary>
    public required Func<string, int, string> FailMessage { get; init; }

    public required Func<string, string> PassMessage { get; init; }
}
