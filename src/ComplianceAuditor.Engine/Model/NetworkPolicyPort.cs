using ComplianceAuditor.Engine.Ports;

namespace ComplianceAuditor.Engine.Model;

/// <summary>
/// One entry of a rule's <c>ports</c>. <see cref="Port"/> and <see cref="PortName"/> are the two
/// forms of the IntOrString <c>port</c>; both null means every port of <see cref="Protocol"/>.
/// </summary>
public sealed record NetworkPolicyPort
{
    public Protocol Protocol { get; init; } = Protocol.TCP;

    public int? Port { get; init; }

    public string? PortName { get; init; }

    public int? EndPort { get; init; }

    public override string ToString() => (Port, PortName, EndPort) switch
    {
        (null, null, _) => $"{Protocol} (all ports)",
        (null, { } name, _) => $"{Protocol} {name}",
        ({ } port, _, { } end) when end != port => $"{Protocol} {port}-{end}",
        ({ } port, _, _) => $"{Protocol} {port}",
    };
}
