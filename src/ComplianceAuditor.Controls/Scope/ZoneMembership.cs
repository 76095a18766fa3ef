using System.Collections.Immutable;
using ComplianceAuditor.Engine.Net;
using ComplianceAuditor.Engine.Peers;

namespace ComplianceAuditor.Controls.Scope;

/// <summary>
/// The scope resolved against one cluster: which peers and namespaces each zone holds, which
/// addresses each address zone covers, and which namespaces no zone holds.
/// </summary>
public sealed class ZoneMembership
{
    private readonly Dictionary<string, ImmutableArray<int>> peers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ImmutableArray<string>> namespaces = new(StringComparer.Ordinal);
    private readonly int[] signatures;
    private Dictionary<string, ImmutableArray<string>>? zonesByNamespace;

    public ZoneMembership(ScopeDefinition scope, PeerInventory inventory)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(inventory);
        Scope = scope;
        Inventory = inventory;
        foreach (var zone in scope.Zones.Where(z => z.Kind == ZoneKind.Workload))
        {
            var members = inventory.Peers.Select((peer, index) => (peer, index))
                .Where(p => zone.MatchesNamespace(inventory.NamespaceOf(p.peer)) && zone.MatchesPod(p.peer.Labels))
                .Select(p => p.index).ToImmutableArray();
            peers[zone.Name] = members;

            // A zone without a pod selector holds its namespaces even when they are empty; one with
            // a pod selector holds the namespaces where it has members.
            namespaces[zone.Name] = zone.Pods is null
                ? [.. inventory.Namespaces.Values.Where(zone.MatchesNamespace).Select(n => n.Name).Order(StringComparer.Ordinal)]
                : [.. members.Select(m => inventory.Peers[m].Namespace).Distinct().Order(StringComparer.Ordinal)];
        }

        signatures = Signatures(inventory.Peers.Length, peers.Values);
        var zoned = namespaces.Values.SelectMany(n => n).ToHashSet(StringComparer.Ordinal);
        UnzonedNamespaces = [.. inventory.Namespaces.Keys.Where(n => !zoned.Contains(n)).Order(StringComparer.Ordinal)];
    }

    public ScopeDefinition Scope { get; }

    public PeerInventory Inventory { get; }

    public ImmutableArray<string> UnzonedNamespaces { get; }

    public Zone Zone(string name) => Scope.Find(name) ?? throw new KeyNotFoundException($"no zone '{name}' in the scope");

    /// <summary>The peers (inventory indexes) of the workload zones named.</summary>
    public IReadOnlySet<int> PeersIn(IEnumerable<string> zones) =>
        zones.SelectMany(z => peers.GetValueOrDefault(z, [])).ToHashSet();

    /// <summary>The namespaces of the workload zones named.</summary>
    public IReadOnlyList<string> NamespacesIn(IEnumerable<string> zones) =>
        [.. zones.SelectMany(z => namespaces.GetValueOrDefault(z, [])).Distinct().Order(StringComparer.Ordinal)];

    /// <summary>The addresses of the address zones named.</summary>
    public IpRangeSet AddressesIn(IEnumerable<string> zones) =>
        zones.Select(Zone).Where(z => z.Kind == ZoneKind.Address).Aggregate(IpRangeSet.Empty, (set, z) => set.Union(z.Addresses));

    /// <summary>The workload zones a namespace belongs to.</summary>
    public ImmutableArray<string> ZonesOf(string ns)
    {
        // Built on first use: per-namespace scores ask for every namespace of the cluster.
        zonesByNamespace ??= namespaces.SelectMany(z => z.Value.Select(n => (Namespace: n, Zone: z.Key)))
            .GroupBy(x => x.Namespace, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(x => x.Zone).Order(StringComparer.Ordinal).ToImmutableArray(), StringComparer.Ordinal);
        return zonesByNamespace.GetValueOrDefault(ns, []);
    }

    /// <summary>
    /// The zone signature of a peer (by inventory index): two peers have the same signature exactly
    /// when they are in the same workload zones, so whatever depends on peers only through their
    /// zones can be answered once per signature.
    /// </summary>
    public int SignatureOf(int peer) => signatures[peer];

    /// <summary>Whether the named zones have any member at all (peers, namespaces or addresses).</summary>
    public bool AnyMembers(IEnumerable<string> zones) => zones.Any(z =>
        Zone(z).Kind == ZoneKind.Address ? !Zone(z).Addresses.IsEmpty : namespaces.GetValueOrDefault(z, []).Length > 0);

    public int PeerCount(string zone) => peers.GetValueOrDefault(zone, []).Length;

    /// <summary>Numbers the distinct sets of zones peers are in: zone by zone, a peer's set grows by one zone.</summary>
    private static int[] Signatures(int peerCount, IEnumerable<ImmutableArray<int>> zoneMembers)
    {
        var result = new int[peerCount];
        var next = new Dictionary<(int Signature, int Zone), int>();
        var zone = 0;
        foreach (var members in zoneMembers)
        {
            foreach (var peer in members)
            {
                var key = (result[peer], zone);
                if (!next.TryGetValue(key, out var signature))
                {
                    next[key] = signature = next.Count + 1;
                }

                result[peer] = signature;
            }

            zone++;
        }

        return result;
    }
}
