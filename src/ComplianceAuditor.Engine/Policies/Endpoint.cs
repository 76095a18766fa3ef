using ComplianceAuditor.Engine.Net;
using ComplianceAuditor.Engine.Peers;

namespace ComplianceAuditor.Engine.Policies;

/// <summary>One end of a connection: a peer, or an address outside the cluster's peers.</summary>
public abstract record Endpoint
{
    public static Endpoint Of(Peer peer) => new PeerEndpoint(peer);

    public static Endpoint Of(IpAddress address) => new AddressEndpoint(address);
}

/// <summary>A pod or workload peer.</summary>
public sealed record PeerEndpoint(Peer Peer) : Endpoint
{
    public override string ToString() => Peer.DisplayName;
}

/// <summary>An address, as external traffic sees it; it matches only ipBlocks and "every peer".</summary>
public sealed record AddressEndpoint(IpAddress Address) : Endpoint
{
    public override string ToString() => Address.ToString();
}
