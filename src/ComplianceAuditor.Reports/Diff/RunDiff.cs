using System.Collections.Immutable;

namespace ComplianceAuditor.Reports.Diff;

/// <summary>What changed between run A and run B (docs/diff.md; controls/schema/diff.schema.json).</summary>
public sealed record RunDiff
{
    public required DateTimeOffset AuditedAtBefore { get; init; }

    public required DateTimeOffset AuditedAtAfter { get; init; }

    public required string SchemaVersionBefore { get; init; }

    public required string SchemaVersionAfter { get; init; }

    /// <summary>Failing in B, not failing in A (absent, pass, waived, not-applicable or not-evaluated there).</summary>
    public required ImmutableArray<FindingChange> NewFailing { get; init; }

    /// <summary>Failing in A; in B passing, waived or not applicable.</summary>
    public required ImmutableArray<FindingChange> Resolved { get; init; }

    /// <summary>
    /// Failing in A, with no counterpart in B because its framework, control, check or subject is gone
    /// (<see cref="FindingChange.Resolution"/> says which): not comparable, and never counted as resolved,
    /// since B did not look at what A found failing.
    /// </summary>
    public required ImmutableArray<FindingChange> GoneFromB { get; init; }

    /// <summary>Failing in A, not evaluated in B: not fixed, only no longer seen.</summary>
    public required ImmutableArray<FindingChange> NoLongerEvaluated { get; init; }

    public required ImmutableArray<FindingChange> StillOpen { get; init; }

    public required ImmutableArray<ScoreChange> Scores { get; init; }

    public required PolicyChanges Policies { get; init; }

    /// <summary>New failing findings of critical or high severity (B's catalog): what makes <c>diff</c> exit 1.</summary>
    public int NewCriticalOrHigh => NewFailing.Count(f => f.Severity is "critical" or "high");
}
