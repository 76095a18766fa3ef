namespace ComplianceAuditor.Reports.Rendering;

/// <summary>A framework in the score trend: its id, and the name the current report gives it (the id when it has none).</summary>
internal sealed record TrendFramework(string Id, string Name);
