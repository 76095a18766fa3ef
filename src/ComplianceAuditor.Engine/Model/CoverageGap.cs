namespace ComplianceAuditor.Engine.Model;

/// <summary>
/// Something the snapshot could not see (only recorded with --allow-partial): a resource that
/// could not be listed, and why. Every result built on the snapshot must show it as not evaluated.
/// </summary>
public sealed record CoverageGap(string Resource, string Reason);
