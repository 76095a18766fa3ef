using System.Collections.Immutable;
using ComplianceAuditor.Engine.Model;

namespace ComplianceAuditor.Engine.Peers;

/// <summary>
/// The peers of a snapshot, sorted by display name (ordinal), and the namespaces selectors see.
/// </summary>
public sealed class PeerInventory
{
    private readonly Lazy<Dictionary<string, Peer>> byName;

    public PeerInventory(IEnumerable<Peer> peers, IEnumerable<NamespaceInfo> namespaces, IEnumerable<ExcludedObject> excluded)
    {
        var sorted = peers.ToArray();
        Array.Sort([.. sorted.Select(p => p.DisplayName)], sorted, StringComparer.Ordinal);
        Peers = [.. sorted];
        Namespaces = namespaces.ToDictionary(n => n.Name, StringComparer.Ordinal);
        NotPeers = [.. excluded.OrderBy(e => e.QualifiedName, StringComparer.Ordinal).ThenBy(e => e.Kind, StringComparer.Ordinal)];
        byName = new(() => Peers.ToDictionary(p => p.DisplayName, StringComparer.Ordinal));
    }

    public ImmutableArray<Peer> Peers { get; }

    public IReadOnlyDictionary<string, NamespaceInfo> Namespaces { get; }

    public ImmutableArray<ExcludedObject> NotPeers { get; }

    public int PodCount => Peers.Count(p => p.IsPod);

    public static PeerInventory Build(ClusterSnapshot snapshot) => PeerResolver.Resolve(snapshot);

    public Peer? Find(string displayName) => byName.Value.GetValueOrDefault(displayName);

    /// <summary>The labels of a peer's namespace (every peer's namespace exists, implicitly if need be).</summary>
    public NamespaceInfo NamespaceOf(Peer peer) => Namespaces[peer.Namespace];
}
