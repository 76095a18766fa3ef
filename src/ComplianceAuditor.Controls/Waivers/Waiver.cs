using ComplianceAuditor.Engine.Diagnostics;

namespace ComplianceAuditor.Controls.Waivers;

/// <summary>An approved, expiring exception to one control for one target.</summary>
public sealed record Waiver
{
    public required string Id { get; init; }

    /// <summary>"framework-id/control-id".</summary>
    public required string Control { get; init; }

    public required WaiverTarget Target { get; init; }

    public required string Justification { get; init; }

    public required string Approver { get; init; }

    public required string Ticket { get; init; }

    public required DateOnly Expires { get; init; }

    public SourceLocation? Location { get; init; }

    public bool IsExpired(DateTimeOffset now) => Expires < DateOnly.FromDateTime(now.UtcDateTime);
}
