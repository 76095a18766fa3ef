namespace ComplianceAuditor.Reports.Model;

public sealed record InputFileInfo(string Path, string Sha256, long Bytes);
