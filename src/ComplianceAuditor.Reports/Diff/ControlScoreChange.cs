namespace ComplianceAuditor.Reports.Diff;

/// <summary>A control whose score or status changed; null status: the control is not in that run.</summary>
public sealed record ControlScoreChange(string Control, string Severity, double? Before, double? After, string? StatusBefore, string? StatusAfter);
