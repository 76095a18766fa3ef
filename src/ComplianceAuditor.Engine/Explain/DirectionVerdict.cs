using System.Collections.Immutable;
using ComplianceAuditor.Engine.Model;
using ComplianceAuditor.Engine.Policies;
using ComplianceAuditor.Engine.Ports;

namespace ComplianceAuditor.Engine.Explain;

/// <summary>
/// One direction of one connection: whether the pod is isolated, by which policies, which of
/// their rules match, and the ports allowed (everything when not isolated).
/// </summary>
public sealed record DirectionVerdict(
    PolicyType Direction,
    ImmutableArray<CompiledPolicy> IsolatingPolicies,
    ImmutableArray<RuleMatch> Matches,
    ProtocolPortSet Allowed)
{
    public bool Isolated => !IsolatingPolicies.IsEmpty;
}
