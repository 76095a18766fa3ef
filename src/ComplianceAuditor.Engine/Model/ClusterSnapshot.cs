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
}
