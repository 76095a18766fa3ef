using System.Collections.Immutable;

namespace ComplianceAuditor.Controls.Evaluation;

/// <summary>
/// What supports a finding. Lists are capped for readability; <see cref="Total"/> counts them all.
/// <see cref="Flows"/> keeps every offending flow found (up to a hard limit) so waivers can be
/// applied flow by flow.
/// </summary>
public sealed record Evidence
{
    public const int ShownItems = 50;

    /// <summary>Offending flows a finding keeps; beyond this only the count grows (waivers then cannot clear the finding).</summary>
    public const int RetainedFlows = 1_000;

    public static Evidence None { get; } = new();

    public ImmutableArray<FlowEvidence> Flows { get; init; } = [];

    public ImmutableArray<FlowEvidence> WaivedFlows { get; init; } = [];

    public ImmutableArray<string> Pods { get; init; } = [];

    public ImmutableArray<string> Policies { get; init; } = [];

    public ImmutableArray<string> Objects { get; init; } = [];

    /// <summary>How many offending items there are in all (flows, pods, policies or objects).</summary>
    public int Total { get; init; }
}
