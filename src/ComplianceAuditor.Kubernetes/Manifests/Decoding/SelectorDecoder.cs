using ComplianceAuditor.Engine.Labels;
using ComplianceAuditor.Kubernetes.Manifests.Nodes;

namespace ComplianceAuditor.Kubernetes.Manifests.Decoding;

/// <summary>
/// Reads a metav1.LabelSelector. Unknown fields are errors: a typo such as <c>matchLabel</c> would
/// otherwise leave an empty selector that selects everything.
/// </summary>
internal static class SelectorDecoder
{
    private static readonly string[] SelectorFields = ["matchLabels", "matchExpressions"];
    private static readonly string[] RequirementFields = ["key", "operator", "values"];
    private const string Operators = "In, NotIn, Exists or DoesNotExist";

    public static LabelSelector Read(FieldReader reader, Node node, FieldPath path)
    {
        if (node is not MappingNode map)
        {
            reader.Error(node, path, $"expected a label selector (a mapping), found {node.Description}");
            return LabelSelector.Empty;
        }

        reader.RejectUnknownFields(map, path, SelectorFields);
        var labels = LabelDecoder.Read(reader, map, "matchLabels", path);
        var requirements = reader.List(map, "matchExpressions", path, ReadRequirement) ?? [];
        return new LabelSelector(labels, requirements.OfType<LabelSelectorRequirement>());
    }

    private static LabelSelectorRequirement? ReadRequirement(FieldReader reader, Node item, FieldPath path)
    {
        if (reader.ItemMapping(item, path) is not { } map)
        {
            return null;
        }

        reader.RejectUnknownFields(map, path, RequirementFields);
        var key = ReadKey(reader, map, path);
        var op = ReadOperator(reader, map, path);
        var values = reader.List(map, "values", path, ReadValue);
        if (op is not { } known || key is null)
        {
            return null;
        }

        var valueList = values?.OfType<string>().ToList() ?? [];
        var count = values?.Length ?? 0;
        var valuesNode = FieldReader.Get(map, "values") ?? map;
        if (known is LabelSelectorOperator.In or LabelSelectorOperator.NotIn && count == 0)
        {
            reader.Error(valuesNode, path.Field("values"), $"operator {known} needs at least one value; found none");
        }
        else if (known is LabelSelectorOperator.Exists or LabelSelectorOperator.DoesNotExist && count > 0)
        {
            reader.Error(valuesNode, path.Field("values"), $"operator {known} takes no values; found {count}");
        }

        return new LabelSelectorRequirement(key, known, [.. valueList]);
    }

    private static string? ReadKey(FieldReader reader, MappingNode map, FieldPath path)
    {
        var key = reader.String(map, "key", path);
        if (key is null)
        {
            if (FieldReader.Get(map, "key") is null)
            {
                reader.Error(map, path.Field("key"), "key is required");
            }

            return null;
        }

        if (NameRules.CheckLabelKey(key) is { } error)
        {
            reader.Error(FieldReader.Get(map, "key")!, path.Field("key"), error);
        }

        return key;
    }

    private static LabelSelectorOperator? ReadOperator(FieldReader reader, MappingNode map, FieldPath path)
    {
        var text = reader.String(map, "operator", path);
        if (text is null)
        {
            if (FieldReader.Get(map, "operator") is null)
            {
                reader.Error(map, path.Field("operator"), $"operator is required; expected {Operators}");
            }

            return null;
        }

        LabelSelectorOperator? op = text switch
        {
            "In" => LabelSelectorOperator.In,
            "NotIn" => LabelSelectorOperator.NotIn,
            "Exists" => LabelSelectorOperator.Exists,
            "DoesNotExist" => LabelSelectorOperator.DoesNotExist,
            _ => null,
        };
        if (op is null)
        {
            reader.Error(FieldReader.Get(map, "operator")!, path.Field("operator"), $"unknown operator '{text}'; expected {Operators}");
        }

        return op;
    }

    private static string? ReadValue(FieldReader reader, Node item, FieldPath path)
    {
        var value = reader.ItemString(item, path);
        if (value is not null && NameRules.CheckLabelValue(value) is { } error)
        {
            reader.Error(item, path, error);
        }

        return value;
    }
}
