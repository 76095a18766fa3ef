using System.Collections.Immutable;
using ComplianceAuditor.Engine.Model;
using ComplianceAuditor.Reports.Model;

namespace ComplianceAuditor.Reports.Rendering;

/// <summary>What every renderer gets.</summary>
public sealed record ReportInput
{
    public required AuditReport Report { get; init; }

    /// <summary>
    /// The audited objects (pods, policies), when available: the run's own snapshot, or the one
    /// given to <c>report --from</c>. Inventory sections say "not available" without it.
    /// </summary>
    public ClusterSnapshot? Inventory { get; init; }

    /// <summary>Folder of templates overriding the bundled ones (<c>--templates DIR</c>).</summary>
    public string? TemplatesDirectory { get; init; }

    /// <summary>
    /// Earlier runs of the same target, and this one marked <see cref="TrendPoint.Current"/>, for the
    /// score trend; the reports show the newest <see cref="TrendPoint.EarlierRunsShown"/> earlier ones
    /// and say how many they left out. Empty (the default) when there is no history: the trend then
    /// shows this run alone.
    /// </summary>
    public ImmutableArray<TrendPoint> History { get; init; } = [];
}
