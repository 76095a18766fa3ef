using System.Collections.Immutable;

namespace ComplianceAuditor.Reports.Diff;

/// <summary>
/// Policy objects added, removed and modified; when a run is a results.json 1.0 (no policy
/// inventory) nothing can be compared and <see cref="NotComparable"/> says why.
/// </summary>
public sealed record PolicyChanges(
    ImmutableArray<PolicyChange> Added,
    ImmutableArray<PolicyChange> Removed,
    ImmutableArray<PolicyChange> Modified,
    string? NotComparable)
{
    public bool Comparable => NotComparable is null;
}
