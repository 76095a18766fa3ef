using System.Collections.Immutable;

namespace ComplianceAuditor.Engine.Model;

/// <summary>Everything the analysis reads about a cluster (or a set of manifests), already validated.</summary>
public sealed record ClusterSnapshot
{
    public static ClusterSnapshot Empty { get; } = new();

    public ImmutableArray<NamespaceObject> Namespaces { get; init; } = [];

    public ImmutableArray<Pod> Pods { get; init; } = [];

    public ImmutableArray<Workload> Workloads { get; init; } = [];

    public ImmutableArray<NetworkPolicy> NetworkPolicies { get; init; } = [];

    /// <summary>Policy objects of kinds the engine does not evaluate; they are reported, never ignored.</summary>
    public ImmutableArray<UnevaluatedObject> Unevaluated { get; init; } = [];

    /// <summary>What could not be read (a partial snapshot). Empty for a complete input.</summary>
    public ImmutableArray<CoverageGap> Gaps { get; init; } = [];

    /// <summary>The snapshot files the objects came from, if any.</summary>
    public ImmutableArray<SnapshotSource> Sources { get; init; } = [];

    /// <summary>Every file read, in order, with its hash; empty for objects read from the API or from text.</summary>
    public ImmutableArray<InputFile> Files { get; init; } = [];

    public bool IsComplete => Gaps.IsEmpty;
}
