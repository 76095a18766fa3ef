namespace ComplianceAuditor.Reports.Model;

/// <summary>A live snapshot the input came from.</summary>
public sealed record SourceInfo(string ApiServer, string? Context, string? KubernetesVersion, DateTimeOffset TakenAt, string Sha256, string? File);
