using System.Collections.Immutable;
using ComplianceAuditor.Controls.Catalogs;

namespace ComplianceAuditor.Controls.Evaluation;

/// <summary>A control's checks and findings, its worst status, and its score (null when nothing counted).</summary>
public sealed record ControlResult(Control Control, ImmutableArray<CheckResult> Checks)
{
    public IEnumerable<Finding> Findings => Checks.SelectMany(c => c.Findings);

    public FindingStatus Status => Checks.IsEmpty ? FindingStatus.NotApplicable : Checks.Max(c => c.Status);

    public double? Score => Scoring.Share(Findings);
}
