namespace ComplianceAuditor.Reports.Model;

public sealed record WaiverInfo
{
    public required string Id { get; init; }

    /// <summary>"framework id/control id".</summary>
    public required string Control { get; init; }

    public required string Target { get; init; }

    public required string Justification { get; init; }

    public required string Approver { get; init; }

    public required string Ticket { get; init; }

    public required DateOnly Expires { get; init; }

    /// <summary>For applied waivers: findings waived, and flows waived within findings.</summary>
    public int Findings { get; init; }

    public int Flows { get; init; }
}
