namespace ComplianceAuditor.Reports.Model;

public sealed record ToolInfo(string Name, string Version);
