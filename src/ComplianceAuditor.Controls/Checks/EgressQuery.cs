using ComplianceAuditor.Engine.Net;
using ComplianceAuditor.Engine.Ports;

namespace ComplianceAuditor.Controls.Checks;

/// <summary>
/// What an outbound check examines: the addresses of <see cref="Targets"/> that the peers of
/// <see cref="Sources"/> may reach. A flow offends on every port, except towards
/// <see cref="AllowedAddresses"/>, where only ports outside <see cref="AllowedPorts"/> offend.
/// </summary>
internal sealed record EgressQuery
{
    public required IReadOnlySet<int> Sources { get; init; }

    /// <summary>The source namespaces findings are about (every one gets a finding, pass or fail).</summary>
    public required IReadOnlyList<string> Namespaces { get; init; }

    public required IpRangeSet Targets { get; init; }

    public IpRangeSet AllowedAddresses { get; init; } = IpRangeSet.Empty;

    public ProtocolPortSet AllowedPorts { get; init; } = ProtocolPortSet.Empty;

    /// <summary>The failure message for a namespace, given how many flows offend.</summary>
    public required Func<string, int, string> FailMessage { get; init; }

    public required Func<string, string> PassMessage { get; init; }
}
