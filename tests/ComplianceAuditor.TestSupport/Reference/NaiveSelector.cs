using ComplianceAuditor.Engine.Labels;

namespace ComplianceAuditor.TestSupport.Reference;

/// <summary>metav1.LabelSelector matching, straight from its definition; only the selector's data is read.</summary>
public static class NaiveSelector
{
    public static bool Matches(LabelSelector selector, IReadOnlyDictionary<string, string> labels)
    {
        foreach (var (key, value) in selector.MatchLabels)
        {
            if (!labels.TryGetValue(key, out var actual) || actual != value)
            {
                return false;
            }
        }

        foreach (var term in selector.MatchExpressions)
        {
            var present = labels.TryGetValue(term.Key, out var actual);
            var matches = term.Operator switch
            {
                LabelSelectorOperator.In => present && term.Values.Contains(actual!),
                // NotIn and DoesNotExist are satisfied by an object that lacks the key.
                LabelSelectorOperator.NotIn => !present || !term.Values.Contains(actual!),
                LabelSelectorOperator.Exists => present,
                LabelSelectorOperator.DoesNotExist => !present,
                _ => throw new InvalidOperationException($"unknown operator {term.Operator}"),
            };
            if (!matches)
            {
                return false;
            }
        }

        return true;
    }
}
