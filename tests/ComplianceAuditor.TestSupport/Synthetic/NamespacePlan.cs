using ComplianceAuditor.Engine.Labels;

namespace ComplianceAuditor.TestSupport.Synthetic;

/// <summary>An application namespace: owner team, environment, zone labels and its applications.</summary>
internal sealed class NamespacePlan
{
    public required string Name { get; init; }

    public required string Team { get; init; }

    public required string Env { get; init; }

    public required string Product { get; init; }

    /// <summary>Carries <c>pci: cde</c>: part of the cardholder data environment.</summary>
    public required bool Pci { get; init; }

    /// <summary>Its pods get an IPv6 address besides the IPv4 one.</summary>
    public required bool DualStack { get; init; }

    public required int PodBudget { get; init; }

    public required LabelSet Labels { get; init; }

    public List<AppPlan> Apps { get; } = [];

    public IEnumerable<AppPlan> AppsIn(Tier tier) => Apps.Where(a => a.Tier == tier);
}
