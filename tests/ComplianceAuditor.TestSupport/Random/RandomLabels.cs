using ComplianceAuditor.Engine.Labels;

namespace ComplianceAuditor.TestSupport.RandomClusters;

/// <summary>Random label sets and valid label selectors (In/NotIn with values, Exists/DoesNotExist without).</summary>
internal static class RandomLabels
{
    public static LabelSet Labels(Dice dice, IReadOnlyList<(string Key, string[] Values)> vocabulary, double presence)
    {
        var labels = new List<(string, string)>();
        foreach (var (key, values) in vocabulary)
        {
            if (dice.Chance(presence))
            {
                labels.Add((key, dice.Pick(values)));
            }
        }

        return LabelSet.Of([.. labels]);
    }

    public static LabelSelector Selector(Dice dice, IReadOnlyList<(string Key, string[] Values)> vocabulary)
    {
        if (dice.Chance(0.3))
        {
            return LabelSelector.Empty;
        }

        var matchLabels = new List<(string, string)>();
        for (var i = dice.Weighted((3, 0), (3, 1), (1, 2)); i > 0; i--)
        {
            var (key, values) = dice.Pick(vocabulary);
            matchLabels.Add((key, dice.Pick(values)));
        }

        var expressions = new List<LabelSelectorRequirement>();
        for (var i = dice.Weighted((3, 0), (3, 1), (1, 2)); i > 0; i--)
        {
            expressions.Add(Requirement(dice, dice.Pick(vocabulary)));
        }

        // matchLabels is a map: a repeated key keeps its last value, as YAML decoding would.
        return new LabelSelector(LabelSet.Of([.. matchLabels]), expressions);
    }

    private static LabelSelectorRequirement Requirement(Dice dice, (string Key, string[] Values) vocabulary)
    {
        var op = dice.Pick([LabelSelectorOperator.In, LabelSelectorOperator.NotIn, LabelSelectorOperator.Exists, LabelSelectorOperator.DoesNotExist]);
        if (op is LabelSelectorOperator.Exists or LabelSelectorOperator.DoesNotExist)
        {
            return new LabelSelectorRequirement(vocabulary.Key, op, []);
        }

        var values = vocabulary.Values.Where(_ => dice.Chance(0.5)).ToList();
        if (values.Count == 0 || dice.Chance(0.15))
        {
            // Sometimes a value nothing carries, so In can fail and NotIn pass on present keys.
            values.Add(dice.Chance(0.5) ? dice.Pick(vocabulary.Values) : "other");
        }

        return new LabelSelectorRequirement(vocabulary.Key, op, [.. values]);
    }
}
