namespace ComplianceAuditor.Reports.Model;

public sealed record FindingInfo
{
    public required string Status { get; init; }

    public required string Subject { get; init; }

    public string? Namespace { get; init; }

    public string? Policy { get; init; }

    public required string Message { get; init; }

    public required EvidenceInfo Evidence { get; init; }

    public string? WaivedBy { get; init; }
}
