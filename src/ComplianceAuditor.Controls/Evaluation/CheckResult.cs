using System.Collections.Immutable;

namespace ComplianceAuditor.Controls.Evaluation;

/// <summary>The findings of one check of a control, and their combined status.</summary>
public sealed record CheckResult(string Type, ImmutableArray<Finding> Findings)
{
    public FindingStatus Status => Findings.IsEmpty ? FindingStatus.NotApplicable : Findings.Max(f => f.Status);
}
