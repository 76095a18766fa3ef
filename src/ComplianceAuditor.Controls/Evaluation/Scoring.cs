using System.Collections.Immutable;
using ComplianceAuditor.Controls.Catalogs;

namespace ComplianceAuditor.Controls.Evaluation;

/// <summary>
/// Scores as controls/README.md defines them: pass counts for, fail and not-evaluated count
/// against (never as pass), waived and not-applicable are left out; percentages, one decimal.
/// </summary>
public static class Scoring
{
    public static bool Counts(FindingStatus status) => status is FindingStatus.Pass or FindingStatus.Fail or FindingStatus.NotEvaluated;

    /// <summary>The share of counted findings that pass; null when none counts.</summary>
    public static double? Share(IEnumerable<Finding> findings)
    {
        var counted = findings.Where(f => Counts(f.Status)).ToList();
        return counted.Count == 0 ? null : Round(100.0 * counted.Count(f => f.Status == FindingStatus.Pass) / counted.Count);
    }

    /// <summary>The weighted mean of the scores that exist.</summary>
    public static double? Weighted(IEnumerable<(int Weight, double? Score)> scores)
    {
        var present = scores.Where(s => s.Score is not null).ToList();
        var weights = present.Sum(s => s.Weight);
        return weights == 0 ? null : Round(present.Sum(s => s.Weight * s.Score!.Value) / weights);
    }

    public static ImmutableArray<NamespaceResult> Namespaces(AuditContext context, IEnumerable<FrameworkResult> frameworks)
    {
        var findings = frameworks.SelectMany(f => f.Controls)
            .SelectMany(c => c.Findings.Where(f => f.Namespace is not null).Select(f => (Weight: SeverityWeights.Of(c.Control.Severity), Finding: f)))
            .ToLookup(x => x.Finding.Namespace!, StringComparer.Ordinal);
        return [.. context.Inventory.Namespaces.Keys.Order(StringComparer.Ordinal).Select(ns =>
        {
            var mine = findings[ns].ToList();
            var counted = mine.Where(x => Counts(x.Finding.Status)).ToList();
            var weight = counted.Sum(x => x.Weight);
            double? score = weight == 0 ? null : Round(100.0 * counted.Where(x => x.Finding.Status == FindingStatus.Pass).Sum(x => x.Weight) / weight);
            return new NamespaceResult(ns, context.Zones.ZonesOf(ns), score,
                mine.Count(x => x.Finding.Status == FindingStatus.Pass),
                mine.Count(x => x.Finding.Status == FindingStatus.Fail),
                mine.Count(x => x.Finding.Status == FindingStatus.NotEvaluated),
                mine.Count(x => x.Finding.Status == FindingStatus.Waived));
        })];
    }

    private static double Round(double value) => Math.Round(value, 1, MidpointRounding.AwayFromZero);
}
