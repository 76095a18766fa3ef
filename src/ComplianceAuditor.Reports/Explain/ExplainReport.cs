using ComplianceAuditor.Engine.Explain;
using ComplianceAuditor.Engine.Ports;

namespace ComplianceAuditor.Reports.Explain;

/// <summary>
/// An explained connection and the question asked: a protocol and port, a protocol alone, or
/// neither (then every allowed port is listed).
/// </summary>
public sealed record ExplainReport(ConnectionVerdict Verdict, Protocol? Protocol, int? Port, IReadOnlyList<string> Notes)
{
    /// <summary>The allowed ports within the question's scope.</summary>
    public ProtocolPortSet AllowedInScope => Scope(Verdict.Allowed);

    public bool IsAllowed => !AllowedInScope.IsEmpty;

    public string QueryText => (Protocol, Port) switch
    {
        (null, null) => "any port",
        ({ } protocol, null) => $"{protocol} (any port)",
        (var protocol, { } port) => $"{protocol ?? Engine.Ports.Protocol.TCP} {port}",
    };

    /// <summary>Restricts a port set to what the question asks about.</summary>
    public ProtocolPortSet Scope(ProtocolPortSet ports)
    {
        if (Port is { } port)
        {
            var protocol = Protocol ?? Engine.Ports.Protocol.TCP;
            return ports.Contains(protocol, port) ? ProtocolPortSet.Of(protocol, PortSet.Of(port)) : ProtocolPortSet.Empty;
        }

        return Protocol is { } only ? ProtocolPortSet.Of(only, ports[only]) : ports;
    }
}
