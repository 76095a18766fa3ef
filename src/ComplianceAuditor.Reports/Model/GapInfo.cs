namespace ComplianceAuditor.Reports.Model;

/// <summary>A resource a partial snapshot could not read, and why.</summary>
public sealed record GapInfo(string Resource, string Reason);
