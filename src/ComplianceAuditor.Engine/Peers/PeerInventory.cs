using System.Collections.Frozen;
using System.Collections.Immutable;
using ComplianceAuditor.Engine.Model;

namespace ComplianceAuditor.Engine.Peers;

/// <summary>
/// The peers of a snapshot, sorted by display name (ordinal), and the namespaces selectors see.
/// </summary>
public sealed class PeerInventory
{
    private readonly FrozenDictionary<string, Peer> byName;

    public PeerInventory(IEnumerable<Peer> peers, IEnumerable<NamespaceInfo> namespaces, IEnumerable<ExcludedObject> excluded)
    {
        Peers = [.. peers.OrderBy(p => p.DisplayName, StringComparer.Ordinal)];
        Namespaces = namespaces.ToFrozenDictionary(n => n.Name, StringComparer.Ordinal);
        NotPeers = [.. excluded.OrderBy(e => e.QualifiedName, StringComparer.Ordinal).ThenBy(e => e.Kind, StringComparer.Ordinal)];
        byName = Peers.ToFrozenDictionary(p => p.DisplayName, StringComparer.Ordinal);
    }

    public ImmutableArray<Peer> Peers { get; }

    public FrozenDictionary<string, NamespaceInfo> Namespaces { get; }

    public ImmutableArray<ExcludedObject> NotPeers { get; }

    public int PodCount => Peers.Count(p => p.IsPod);

    public static PeerInventory Build(ClusterSnapshot snapshot) => PeerResolver.Resolve(snapshot);

    public Peer? Find(string displayName) => byName.GetValueOrDefault(displayName);

    /// <summary>The labels of a peer's namespace (every peer's namespace exists, implicitly if need be).</summary>
    public NamespaceInfo NamespaceOf(Peer peer) => Namespaces[peer.Namespace];
}
