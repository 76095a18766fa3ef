using System.Collections.Immutable;

namespace ComplianceAuditor.Reports.Model;

public sealed record WaiverSection
{
    public ImmutableArray<WaiverInfo> Applied { get; init; } = [];

    public ImmutableArray<WaiverInfo> Expired { get; init; } = [];

    public ImmutableArray<WaiverInfo> Unused { get; init; } = [];
}
