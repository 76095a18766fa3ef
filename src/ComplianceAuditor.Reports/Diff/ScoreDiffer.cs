using System.Collections.Immutable;
using ComplianceAuditor.Reports.Model;

namespace ComplianceAuditor.Reports.Diff;

/// <summary>Frameworks whose score changed or any of whose controls changed score or status, in framework id order.</summary>
internal static class ScoreDiffer
{
    public static ImmutableArray<ScoreChange> Compare(AuditReport before, AuditReport after)
    {
        var a = before.Frameworks.ToDictionary(f => f.Id, StringComparer.Ordinal);
        var b = after.Frameworks.ToDictionary(f => f.Id, StringComparer.Ordinal);
        var changes = new List<ScoreChange>();
        foreach (var id in a.Keys.Union(b.Keys).Order(StringComparer.Ordinal))
        {
            var was = a.GetValueOrDefault(id);
            var now = b.GetValueOrDefault(id);
            var controls = Controls(was, now);
            if (was is null || now is null || was.Score != now.Score || !controls.IsEmpty)
            {
                changes.Add(new ScoreChange(id, was?.Score, now?.Score, controls));
            }
        }

        return [.. changes];
    }

    private static ImmutableArray<ControlScoreChange> Controls(FrameworkInfo? before, FrameworkInfo? after)
    {
        var a = (before?.Controls ?? []).ToDictionary(c => c.Id, StringComparer.Ordinal);
        var b = (after?.Controls ?? []).ToDictionary(c => c.Id, StringComparer.Ordinal);
        var changes = new List<ControlScoreChange>();
        foreach (var id in a.Keys.Union(b.Keys).Order(StringComparer.Ordinal))
        {
            var was = a.GetValueOrDefault(id);
            var now = b.GetValueOrDefault(id);
            if (was?.Score != now?.Score || was?.Status != now?.Status)
            {
                changes.Add(new ControlScoreChange(id, (now ?? was)!.Severity, was?.Score, now?.Score, was?.Status, now?.Status));
            }
        }

        return [.. changes];
    }
}
