using System.Collections.Immutable;
using ComplianceAuditor.Engine.Ports;

namespace ComplianceAuditor.Controls.Evaluation;

/// <summary>
/// An allowed flow that breaks a control: source and destination (peer names or address ranges),
/// the ports, and the policy rules that allow it in each direction ("not isolated" when none
/// isolates that side).
/// </summary>
public sealed record FlowEvidence(string Source, string Destination, ProtocolPortSet Ports)
{
    public ImmutableArray<string> AllowedBy { get; init; } = [];
}
