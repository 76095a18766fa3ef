using ComplianceAuditor.Engine.Labels;
using ComplianceAuditor.Engine.Net;
using ComplianceAuditor.Engine.Peers;

namespace ComplianceAuditor.Engine.Policies;

/// <summary>
/// A compiled <c>from</c>/<c>to</c> entry. The set is closed: every peer, an address block, or pods
/// selected by namespace and labels. Records compare structurally, so identical peers written in
/// many policies compile to one matcher.
/// </summary>
public abstract record PeerMatcher
{
    public abstract bool Matches(Endpoint endpoint, PeerInventory inventory);
}

/// <summary>An empty or missing <c>from</c>/<c>to</c>: every pod and every address.</summary>
public sealed record AllPeersMatcher : PeerMatcher
{
    public static AllPeersMatcher Instance { get; } = new();

    public override bool Matches(Endpoint endpoint, PeerInventory inventory) => true;

    public override string ToString() => "every peer";
}

/// <summary>
/// An <c>ipBlock</c>: <see cref="Addresses"/> is cidr minus excepts. It matches an address in it,
/// and a peer one of whose recorded IPs is in it.
/// </summary>
public sealed record IpBlockMatcher(IpRangeSet Addresses) : PeerMatcher
{
    public override bool Matches(Endpoint endpoint, PeerInventory inventory) => endpoint switch
    {
        AddressEndpoint address => Addresses.Contains(address.Address),
        PeerEndpoint peer => peer.Peer.IPs.Any(Addresses.Contains),
        _ => throw new InvalidOperationException($"unknown endpoint {endpoint}"),
    };

    public override string ToString() => $"addresses {Addresses}";
}

/// <summary>
/// Pods selected by <see cref="PodSelector"/> in the policy's own namespace
/// (<see cref="Namespace"/> set) or in the namespaces <see cref="NamespaceSelector"/> selects.
/// </summary>
public sealed record PodMatcher(string? Namespace, LabelSelector? NamespaceSelector, LabelSelector PodSelector) : PeerMatcher
{
    public bool MatchesNamespace(NamespaceInfo ns) =>
        Namespace is not null ? string.Equals(Namespace, ns.Name, StringComparison.Ordinal) : NamespaceSelector!.Matches(ns.Labels);

    public override bool Matches(Endpoint endpoint, PeerInventory inventory) => endpoint switch
    {
        AddressEndpoint => false,
        PeerEndpoint peer => MatchesNamespace(inventory.NamespaceOf(peer.Peer)) && PodSelector.Matches(peer.Peer.Labels),
        _ => throw new InvalidOperationException($"unknown endpoint {endpoint}"),
    };

    public override string ToString() => Namespace is not null
        ? $"pods {PodSelector} in namespace {Namespace}"
        : $"pods {PodSelector} in namespaces {NamespaceSelector}";
}
