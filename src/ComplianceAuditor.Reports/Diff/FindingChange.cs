namespace ComplianceAuditor.Reports.Diff;

/// <summary>
/// A finding that is failing in one run or both. <see cref="Before"/> and <see cref="After"/> are
/// its statuses in runs A and B, null when it is not in that run; <see cref="Resolution"/> says why
/// a resolved finding no longer fails (pass, waived, not-applicable), or what is gone for a finding
/// gone from B (framework-, control-, check- or subject-gone). Totals are the evidence totals (offending flows, pods or policies).
/// </summary>
public sealed record FindingChange(
    FindingKey Key,
    string Severity,
    string? Namespace,
    string? Before,
    string? After,
    string? Resolution,
    string Message,
    int? TotalBefore,
    int? TotalAfter);
