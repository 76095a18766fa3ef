using ComplianceAuditor.Engine.Policies;
using ComplianceAuditor.Engine.Ports;

namespace ComplianceAuditor.Engine.Explain;

/// <summary>
/// A connection's answer with its reasons. <see cref="Egress"/> is null when the source is an
/// address (nothing governs it) and <see cref="Ingress"/> null when the destination is one.
/// </summary>
public sealed record ConnectionVerdict(Endpoint Source, Endpoint Destination, DirectionVerdict? Egress, DirectionVerdict? Ingress)
{
    public ProtocolPortSet Allowed =>
        (Egress?.Allowed ?? ProtocolPortSet.All).Intersect(Ingress?.Allowed ?? ProtocolPortSet.All);
}
