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
}
