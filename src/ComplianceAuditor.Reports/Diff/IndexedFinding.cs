using ComplianceAuditor.Reports.Model;

namespace ComplianceAuditor.Reports.Diff;

/// <summary>A finding of one run with the control it belongs to.</summary>
public sealed record IndexedFinding(FindingKey Key, ControlInfo Control, FindingInfo Finding);
