using System.Collections.Immutable;

namespace ComplianceAuditor.Engine.Model;

/// <summary>
/// An ingress or egress rule. <see cref="Peers"/> is <c>from</c> or <c>to</c>; null (missing) and
/// empty both mean every peer. <see cref="Ports"/> null (missing) and empty both mean every port.
/// The distinction is kept so evidence can show what was written.
/// </summary>
public sealed record NetworkPolicyRule
{
    public ImmutableArray<NetworkPolicyPeer>? Peers { get; init; }

    public ImmutableArray<NetworkPolicyPort>? Ports { get; init; }

    public bool AllowsAllPeers => Peers is null || Peers.Value.IsEmpty;

    public bool AllowsAllPorts => Ports is null || Ports.Value.IsEmpty;
}
