using System.Collections.Immutable;

namespace ComplianceAuditor.Engine.Labels;

/// <summary>One <c>matchExpressions</c> term; <see cref="Values"/> is sorted and distinct.</summary>
public sealed record LabelSelectorRequirement(string Key, LabelSelectorOperator Operator, ImmutableArray<string> Values)
{
    public bool Matches(LabelSet labels)
    {
        var present = labels.TryGetValue(Key, out var value);
        return Operator switch
        {
            LabelSelectorOperator.In => present && Values.Contains(value, StringComparer.Ordinal),
            LabelSelectorOperator.NotIn => !present || !Values.Contains(value, StringComparer.Ordinal),
            LabelSelectorOperator.Exists => present,
            LabelSelectorOperator.DoesNotExist => !present,
            _ => throw new InvalidOperationException($"unknown operator {Operator}"),
        };
    }

    public override string ToString() => Operator switch
    {
        LabelSelectorOperator.In => $"{Key} in ({string.Join(",", Values)})",
        LabelSelectorOperator.NotIn => $"{Key} notin ({string.Join(",", Values)})",
        LabelSelectorOperator.Exists => Key,
        LabelSelectorOperator.DoesNotExist => $"!{Key}",
        _ => throw new InvalidOperationException($"unknown operator {Operator}"),
    };
}
