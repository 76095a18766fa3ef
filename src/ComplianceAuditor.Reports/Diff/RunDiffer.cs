using System.Collections.Immutable;
using ComplianceAuditor.Reports.Model;

namespace ComplianceAuditor.Reports.Diff;

/// <summary>Compares two audits' results: findings by <see cref="FindingKey"/>, scores, and policy inventories.</summary>
public static class RunDiffer
{
    private const string Fail = "fail";
    private const string NotEvaluated = "not-evaluated";

    public static RunDiff Compare(AuditReport before, AuditReport after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var a = new FindingIndex(before);
        var b = new FindingIndex(after);
        var newFailing = b.Findings.Values
            .Where(f => f.Finding.Status == Fail && a.Findings.GetValueOrDefault(f.Key)?.Finding.Status != Fail)
            .Select(f => Change(a.Findings.GetValueOrDefault(f.Key), f, resolution: null));
        var wereFailing = a.Findings.Values.Where(f => f.Finding.Status == Fail).ToList();
        var stillOpen = wereFailing
            .Where(f => b.Findings.GetValueOrDefault(f.Key)?.Finding.Status == Fail)
            .Select(f => Change(f, b.Findings[f.Key], resolution: null));
        var notEvaluated = wereFailing
            .Where(f => b.Findings.GetValueOrDefault(f.Key)?.Finding.Status == NotEvaluated)
            .Select(f => Change(f, b.Findings[f.Key], resolution: null));
        var resolved = wereFailing
            .Where(f => b.Findings.GetValueOrDefault(f.Key)?.Finding.Status is { } status && status is not (Fail or NotEvaluated))
            .Select(f => Change(f, b.Findings[f.Key], b.Findings[f.Key].Finding.Status));
        var gone = wereFailing
            .Where(f => !b.Findings.ContainsKey(f.Key))
            .Select(f => Change(f, null, b.Absence(f.Key)));
        return new RunDiff
        {
            AuditedAtBefore = before.AuditedAt,
            AuditedAtAfter = after.AuditedAt,
            SchemaVersionBefore = before.SchemaVersion,
            SchemaVersionAfter = after.SchemaVersion,
            NewFailing = Sorted(newFailing),
            Resolved = Sorted(resolved),
            GoneFromB = Sorted(gone),
            NoLongerEvaluated = Sorted(notEvaluated),
            StillOpen = Sorted(stillOpen),
            Scores = ScoreDiffer.Compare(before, after),
            Policies = PolicyDiffer.Compare(before.Input, after.Input),
        };
    }

    /// <summary>Severity and message from B when the finding is there (B's catalog decides), else from A.</summary>
    private static FindingChange Change(IndexedFinding? before, IndexedFinding? after, string? resolution)
    {
        var current = after ?? before ?? throw new ArgumentException("a change needs at least one side");
        return new FindingChange(
            current.Key,
            current.Control.Severity,
            current.Finding.Namespace,
            before?.Finding.Status,
            after?.Finding.Status,
            resolution,
            current.Finding.Message,
            before?.Finding.Evidence.Total,
            after?.Finding.Evidence.Total);
    }

    private static ImmutableArray<FindingChange> Sorted(IEnumerable<FindingChange> changes) => [.. changes.OrderBy(c => c.Key, FindingKey.Order)];
}
