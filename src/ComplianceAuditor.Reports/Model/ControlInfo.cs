using System.Collections.Immutable;

namespace ComplianceAuditor.Reports.Model;

public sealed record ControlInfo
{
    public required string Id { get; init; }

    public required string Title { get; init; }

    /// <summary>critical, high, medium or low.</summary>
    public required string Severity { get; init; }

    /// <summary>pass, fail, waived, not-applicable or not-evaluated.</summary>
    public required string Status { get; init; }

    public double? Score { get; init; }

    public required string Description { get; init; }

    public string? Rationale { get; init; }

    public string? Remediation { get; init; }

    public ImmutableArray<CheckInfo> Checks { get; init; } = [];
}
