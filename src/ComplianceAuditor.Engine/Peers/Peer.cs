using System.Collections.Immutable;
using ComplianceAuditor.Engine.Diagnostics;
using ComplianceAuditor.Engine.Labels;
using ComplianceAuditor.Engine.Model;
using ComplianceAuditor.Engine.Net;

namespace ComplianceAuditor.Engine.Peers;

/// <summary>
/// Something NetworkPolicy governs: a running pod, or a workload standing for the pods it would
/// create (<see cref="WorkloadKind"/> set, no IPs).
/// </summary>
public sealed class Peer
{
    private string? displayName;

    public required string Namespace { get; init; }

    public required string Name { get; init; }

    public WorkloadKind? WorkloadKind { get; init; }

    public LabelSet Labels { get; init; } = LabelSet.Empty;

    public ImmutableArray<IpAddress> IPs { get; init; } = [];

    public ImmutableArray<ContainerPort> ContainerPorts { get; init; } = [];

    public SourceLocation? Source { get; init; }

    public bool IsPod => WorkloadKind is null;

    /// <summary>
    /// The contract's name: "namespace/name" for pods, "namespace/name[Kind]" for workloads.
    /// Built once: sorting, lookups and every output line read it.
    /// </summary>
    public string DisplayName => displayName ??= WorkloadKind is { } kind ? $"{Namespace}/{Name}[{kind}]" : $"{Namespace}/{Name}";

    public override string ToString() => DisplayName;
}
