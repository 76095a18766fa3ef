using ComplianceAuditor.Engine.Policies;
using ComplianceAuditor.Engine.Ports;

namespace ComplianceAuditor.Engine.Explain;

/// <summary>
/// A rule of an isolating policy whose peers match the other end: which entry of
/// <c>from</c>/<c>to</c> matched (-1 when the list is empty or missing) and the ports it allows
/// towards this destination (empty when, say, a named port is not on the destination).
/// </summary>
public sealed record RuleMatch(CompiledRule Rule, int PeerIndex, ProtocolPortSet Ports);
