using System.Collections.Immutable;
using ComplianceAuditor.Controls.Waivers;

namespace ComplianceAuditor.Controls.Evaluation;

/// <summary>Which waivers covered what, which had expired, and which matched nothing.</summary>
public sealed record WaiverReport(ImmutableArray<(Waiver Waiver, int Findings, int Flows)> Applied, ImmutableArray<Waiver> Expired, ImmutableArray<Waiver> Unused)
{
    public static WaiverReport Empty { get; } = new([], [], []);
}
