using System.Collections.Immutable;

namespace ComplianceAuditor.Engine.Labels;

/// <summary>
/// A metav1.LabelSelector: <c>matchLabels</c> AND every <c>matchExpressions</c> term. The empty
/// selector matches everything. Equality is structural over a canonical form, so identical
/// selectors written in different policies compile to one matcher.
/// </summary>
public sealed class LabelSelector : IEquatable<LabelSelector>
{
    private readonly string canonical;

    public static LabelSelector Empty { get; } = new(LabelSet.Empty, []);

    public LabelSelector(LabelSet matchLabels, IEnumerable<LabelSelectorRequirement> matchExpressions)
    {
        MatchLabels = matchLabels;
        MatchExpressions = [.. matchExpressions
            .Select(e => e with { Values = [.. e.Values.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)] })
            .OrderBy(e => e.Key, StringComparer.Ordinal)
            .ThenBy(e => e.Operator)
            .ThenBy(e => string.Join("\0", e.Values), StringComparer.Ordinal)];
        canonical = string.Join(",", MatchLabels.Select(l => $"{l.Key}={l.Value}").Concat(MatchExpressions.Select(e => e.ToString())));
    }

    public LabelSet MatchLabels { get; }

    public ImmutableArray<LabelSelectorRequirement> MatchExpressions { get; }

    public bool IsEmpty => MatchLabels.Count == 0 && MatchExpressions.IsEmpty;

    /// <summary>Every label key the selector looks at.</summary>
    public IEnumerable<string> Keys => MatchLabels.Keys.Concat(MatchExpressions.Select(e => e.Key));

    public static LabelSelector MatchingLabels(params (string Key, string Value)[] labels) => new(LabelSet.Of(labels), []);

    public bool Matches(LabelSet labels)
    {
        foreach (var (key, value) in MatchLabels)
        {
            if (!labels.TryGetValue(key, out var actual) || !string.Equals(actual, value, StringComparison.Ordinal))
            {
                return false;
            }
        }

        foreach (var requirement in MatchExpressions)
        {
            if (!requirement.Matches(labels))
            {
                return false;
            }
        }

        return true;
    }

    public bool Equals(LabelSelector? other) =>
        other is not null && string.Equals(canonical, other.canonical, StringComparison.Ordinal)
        && MatchLabels.Equals(other.MatchLabels) && MatchExpressions.SequenceEqual(other.MatchExpressions, RequirementComparer.Instance);

    public override bool Equals(object? obj) => Equals(obj as LabelSelector);

    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(canonical);

    /// <summary>kubectl's selector syntax; the empty selector is "{}" (everything).</summary>
    public override string ToString() => IsEmpty ? "{}" : canonical;

    private sealed class RequirementComparer : IEqualityComparer<LabelSelectorRequirement>
    {
        public static RequirementComparer Instance { get; } = new();

        public bool Equals(LabelSelectorRequirement? x, LabelSelectorRequirement? y) =>
            x is not null && y is not null && x.Key == y.Key && x.Operator == y.Operator && x.Values.SequenceEqual(y.Values);

        public int GetHashCode(LabelSelectorRequirement obj) => HashCode.Combine(obj.Key, obj.Operator);
    }
}
