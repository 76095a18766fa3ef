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

    /// <summary>
    /// Per namespace, the same as a framework's score over the findings about that namespace: each
    /// control's share of passing findings, then the severity-weighted mean over controls. Weighing
    /// findings one by one would let a low control with many policy findings outweigh a critical one.
    /// </summary>
    public static ImmutableArray<NamespaceResult> Namespaces(AuditContext context, IEnumerable<FrameworkResult> frameworks)
    {
        var controls = frameworks.SelectMany(f => f.Controls)
            .Select(c => (Weight: SeverityWeights.Of(c.Control.Severity), ByNamespace: c.Findings.Where(f => f.Namespace is not null).ToLookup(f => f.Namespace!, StringComparer.Ordinal)))
            .ToList();
        return [.. context.Inventory.Namespaces.Keys.Order(StringComparer.Ordinal).Select(ns =>
        {
            var score = Weighted(controls.Select(c => (c.Weight, Share(c.ByNamespace[ns]))));
            var mine = controls.SelectMany(c => c.ByNamespace[ns]).ToList();
            return new NamespaceResult(ns, context.Zones.ZonesOf(ns), score,
                mine.Count(f => f.Status == FindingStatus.Pass),
                mine.Count(f => f.Status == FindingStatus.Fail),
                mine.Count(f => f.Status == FindingStatus.NotEvaluated),
                mine.Count(f => f.Status == FindingStatus.Waived));
        })];
    }

    private static double Round(double value) => Math.Round(value, 1, MidpointRounding.AwayFromZero);
}
