using System.Collections.Immutable;
using ComplianceAuditor.Engine.Net;

namespace ComplianceAuditor.Engine.Model;

/// <summary>A v1 Pod, minimized to what reachability and evidence need.</summary>
public sealed record Pod
{
    public required ObjectMeta Metadata { get; init; }

    /// <summary><c>status.phase</c>, or null when the input does not say.</summary>
    public string? Phase { get; init; }

    public bool HostNetwork { get; init; }

    /// <summary>The recorded IPs: <c>status.podIPs[*].ip</c> when that list has entries, else <c>status.podIP</c>.</summary>
    public ImmutableArray<IpAddress> PodIPs { get; init; } = [];

    public ImmutableArray<ContainerPort> ContainerPorts { get; init; } = [];

    /// <summary>The names of <c>spec.containers</c>, for evidence.</summary>
    public ImmutableArray<string> ContainerNames { get; init; } = [];

    public string? NodeName { get; init; }

    /// <summary>Pods that finished are not peers: NetworkPolicy does not govern them.</summary>
    public bool IsFinished => Phase is "Succeeded" or "Failed";
}
