using System.Collections.Immutable;

namespace ComplianceAuditor.Reports.Model;

public sealed record CheckInfo
{
    public required string Type { get; init; }

    public required string Status { get; init; }

    public ImmutableArray<FindingInfo> Findings { get; init; } = [];
}
