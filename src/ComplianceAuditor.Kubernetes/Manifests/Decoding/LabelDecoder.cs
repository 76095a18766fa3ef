using ComplianceAuditor.Engine.Labels;
using ComplianceAuditor.Kubernetes.Manifests.Nodes;

namespace ComplianceAuditor.Kubernetes.Manifests.Decoding;

/// <summary>Reads a string map of labels (metadata.labels, matchLabels), validating keys and values.</summary>
internal static class LabelDecoder
{
    public static LabelSet Read(FieldReader reader, MappingNode? owner, string field, FieldPath parent)
    {
        if (reader.Mapping(owner, field, parent) is not { Count: > 0 } map)
        {
            return LabelSet.Empty;
        }

        var path = parent.Field(field);
        var labels = new List<KeyValuePair<string, string>>(map.Count);
        foreach (var (keyNode, valueNode) in map.Entries)
        {
            var key = keyNode.Text;
            if (NameRules.CheckLabelKey(key) is { } keyError)
            {
                reader.Error(keyNode, path.Field(key), keyError);
            }

            // A null value is the empty string, as when the API server decodes it into a string map.
            var value = valueNode.IsNull ? string.Empty : reader.AsString(valueNode, path.Field(key));
            if (value is null)
            {
                continue;
            }

            if (NameRules.CheckLabelValue(value) is { } valueError)
            {
                reader.Error(valueNode, path.Field(key), valueError);
            }

            labels.Add(KeyValuePair.Create(key, value));
        }

        return LabelSet.From(labels);
    }
}
