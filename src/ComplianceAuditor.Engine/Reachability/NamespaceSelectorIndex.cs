using ComplianceAuditor.Engine.Labels;
using ComplianceAuditor.Engine.Peers;

namespace ComplianceAuditor.Engine.Reachability;

/// <summary>
/// Evaluates namespaceSelectors through label postings, so 10k namespaces times thousands of
/// selectors costs the matches, not the product.
/// </summary>
internal sealed class NamespaceSelectorIndex
{
    private readonly IReadOnlyList<NamespaceInfo> all;
    private readonly Dictionary<(string Key, string Value), List<NamespaceInfo>> byLabel = [];
    private readonly Dictionary<string, List<NamespaceInfo>> byKey = new(StringComparer.Ordinal);
    private readonly Dictionary<LabelSelector, NamespaceInfo[]> cache = [];

    public NamespaceSelectorIndex(IEnumerable<NamespaceInfo> namespaces)
    {
        all = [.. namespaces.OrderBy(n => n.Name, StringComparer.Ordinal)];
        foreach (var ns in all)
        {
            foreach (var (key, value) in ns.Labels)
            {
                Postings(byLabel, (key, value)).Add(ns);
                Postings(byKey, key).Add(ns);
            }
        }
    }

    public NamespaceInfo[] Select(LabelSelector selector)
    {
        if (!cache.TryGetValue(selector, out var result))
        {
            result = [.. Candidates(selector).Where(ns => selector.Matches(ns.Labels))];
            cache.Add(selector, result);
        }

        return result;
    }

    private IEnumerable<NamespaceInfo> Candidates(LabelSelector selector)
    {
        IEnumerable<NamespaceInfo>? best = null;
        var bestCount = int.MaxValue;
        foreach (var (key, value) in selector.MatchLabels)
        {
            Consider(byLabel.GetValueOrDefault((key, value)) ?? [], ref best, ref bestCount);
        }

        foreach (var requirement in selector.MatchExpressions)
        {
            if (requirement.Operator == LabelSelectorOperator.Exists)
            {
                Consider(byKey.GetValueOrDefault(requirement.Key) ?? [], ref best, ref bestCount);
            }
            else if (requirement.Operator == LabelSelectorOperator.In)
            {
                var union = requirement.Values.SelectMany(v => byLabel.GetValueOrDefault((requirement.Key, v)) ?? []).Distinct().ToList();
                Consider(union, ref best, ref bestCount);
            }
        }

        return best ?? all;
    }

    private static void Consider(List<NamespaceInfo> candidates, ref IEnumerable<NamespaceInfo>? best, ref int bestCount)
    {
        if (candidates.Count < bestCount)
        {
            best = candidates;
            bestCount = candidates.Count;
        }
    }

    private static List<NamespaceInfo> Postings<TKey>(Dictionary<TKey, List<NamespaceInfo>> index, TKey key)
        where TKey : notnull
    {
        if (!index.TryGetValue(key, out var list))
        {
            list = [];
            index.Add(key, list);
        }

        return list;
    }
}
