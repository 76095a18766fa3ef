using System.Net;
using ComplianceAuditor.Engine.Model;

namespace ComplianceAuditor.TestSupport.Reference;

/// <summary>A peer as the reference derives it: a running pod, or a workload standing for its pods.</summary>
public sealed record NaivePeer
{
    public required string Namespace { get; init; }

    public required string Name { get; init; }

    /// <summary>The workload kind as written in manifests; null for a pod.</summary>
    public string? Kind { get; init; }

    public required IReadOnlyDictionary<string, string> Labels { get; init; }

    public required IReadOnlyList<IPAddress> IPs { get; init; }

    public required IReadOnlyList<ContainerPort> Ports { get; init; }

    public string DisplayName => Kind is null ? $"{Namespace}/{Name}" : $"{Namespace}/{Name}[{Kind}]";

    public override string ToString() => DisplayName;
}
