using System.Collections.Immutable;

namespace ComplianceAuditor.Reports.Model;

/// <summary>
/// What a finding shows: up to 50 offending flows, pods, policies or objects, and
/// <see cref="Total"/>, how many there were in all.
/// </summary>
public sealed record EvidenceInfo
{
    public ImmutableArray<FlowInfo> Flows { get; init; } = [];

    public ImmutableArray<FlowInfo> WaivedFlows { get; init; } = [];

    public ImmutableArray<string> Pods { get; init; } = [];

    public ImmutableArray<string> Policies { get; init; } = [];

    public ImmutableArray<string> Objects { get; init; } = [];

    public int Total { get; init; }
}
