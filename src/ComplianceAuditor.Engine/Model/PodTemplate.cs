using System.Collections.Immutable;
using ComplianceAuditor.Engine.Labels;

namespace ComplianceAuditor.Engine.Model;

/// <summary>What a workload's pod template says about the pods it would create.</summary>
public sealed record PodTemplate
{
    /// <summary>The template's <c>metadata.labels</c> exactly; the workload's own labels are not used.</summary>
    public LabelSet Labels { get; init; } = LabelSet.Empty;

    public bool HostNetwork { get; init; }

    public ImmutableArray<ContainerPort> ContainerPorts { get; init; } = [];
}
