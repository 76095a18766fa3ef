using System.Collections.Immutable;
using ComplianceAuditor.Controls.Scope;
using ComplianceAuditor.Engine.Labels;
using ComplianceAuditor.Engine.Model;

namespace ComplianceAuditor.Benchmarks.Audit;

/// <summary>
/// Gives a generated cluster the zones the bundled catalogs examine, so every check type has real
/// work: a seeded share of the namespaces gets the built-in zone label, and the scope makes the
/// generator's database tier the data stores of cde (chd) and phi (ephi) namespaces, and its
/// frontends the entry points.
/// </summary>
internal static class SyntheticZones
{
    /// <summary>Cumulative shares; the remaining 33% of the namespaces stay unzoned.</summary>
    public static readonly (string Zone, double Share)[] Shares =
    [
        ("cde", 0.05), ("connected", 0.20), ("dmz", 0.05), ("phi", 0.05), ("clearinghouse", 0.02), ("out-of-scope", 0.30),
    ];

    private const string TierLabel = "tier";

    /// <summary>The snapshot with zone labels on a seeded share of its namespaces (the same seed, the same zones).</summary>
    public static ClusterSnapshot Assign(ClusterSnapshot snapshot, int seed)
    {
        var random = new Random(seed ^ 0x5a0e);
        var namespaces = snapshot.Namespaces.Select(ns => ZoneOf(random.NextDouble()) is { } zone
            ? ns with { Metadata = ns.Metadata with { Labels = ns.Metadata.Labels.With(ScopeDefinition.ZoneLabel, zone) } }
            : ns);
        return snapshot with { Namespaces = [.. namespaces] };
    }

    /// <summary>The built-in scope with the data stores and entry points chosen by the generator's tier label.</summary>
    public static ScopeDefinition Scope()
    {
        var replaced = new Dictionary<string, Zone>(StringComparer.Ordinal)
        {
            ["chd"] = Stores("chd", "cde"),
            ["ephi"] = Stores("ephi", "phi"),
            ["entry-point"] = new Zone
            {
                Name = "entry-point",
                Description = "frontend pods (tier: frontend)",
                Pods = LabelSelector.MatchingLabels((TierLabel, "frontend")),
            },
        };
        ImmutableArray<Zone> zones = [.. ScopeDefinition.Default.Zones.Select(z => replaced.GetValueOrDefault(z.Name) ?? z)];
        return new ScopeDefinition(zones, "benchmark");
    }

    private static Zone Stores(string name, string zone) => new()
    {
        Name = name,
        Description = $"database pods (tier: db) of {zone} namespaces",
        Namespaces = LabelSelector.MatchingLabels((ScopeDefinition.ZoneLabel, zone)),
        Pods = LabelSelector.MatchingLabels((TierLabel, "db")),
    };

    private static string? ZoneOf(double draw)
    {
        foreach (var (zone, share) in Shares)
        {
            draw -= share;
            if (draw < 0)
            {
                return zone;
            }
        }

        return null;
    }
}
