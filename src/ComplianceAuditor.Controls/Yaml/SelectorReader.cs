using System.Text.RegularExpressions;
using ComplianceAuditor.Engine.Labels;
using YamlDotNet.RepresentationModel;

namespace ComplianceAuditor.Controls.Yaml;

/// <summary>Reads a metav1.LabelSelector (matchLabels, matchExpressions) with the API server's rules.</summary>
internal static partial class SelectorReader
{
    public static LabelSelector? Read(YamlReader reader, YamlNode node, string path)
    {
        if (node is not YamlMappingNode map)
        {
            reader.Error(node, path, $"expected a label selector (matchLabels, matchExpressions), found {YamlReader.Describe(node)}");
            return null;
        }

        var errors = reader.ErrorCount;
        reader.Known(map, path, "matchLabels", "matchExpressions");
        var labels = new List<KeyValuePair<string, string>>();
        if (reader.Mapping(map, "matchLabels", path, required: false) is { } matchLabels)
        {
            foreach (var (key, value) in matchLabels.Children)
            {
                var name = ((YamlScalarNode)key).Value ?? string.Empty;
                var text = value is YamlScalarNode scalar ? scalar.Value ?? string.Empty : null;
                CheckKey(reader, key, $"{path}.matchLabels", name);
                if (text is null || !LabelValue().IsMatch(text))
                {
                    reader.Error(value, $"{path}.matchLabels.{name}", $"invalid label value {YamlReader.Describe(value)}: at most 63 characters, alphanumeric, '-', '_' or '.', starting and ending alphanumeric");
                }
                else
                {
                    labels.Add(KeyValuePair.Create(name, text));
                }
            }
        }

        var expressions = ReadExpressions(reader, map, path);
        return reader.ErrorCount == errors ? new LabelSelector(LabelSet.From(labels), expressions) : null;
    }

    private static List<LabelSelectorRequirement> ReadExpressions(YamlReader reader, YamlMappingNode map, string path)
    {
        var result = new List<LabelSelectorRequirement>();
        if (reader.Sequence(map, "matchExpressions", path, required: false) is not { } list)
        {
            return result;
        }

        for (var i = 0; i < list.Children.Count; i++)
        {
            var itemPath = $"{path}.matchExpressions[{i}]";
            if (list.Children[i] is not YamlMappingNode item)
            {
                reader.Error(list.Children[i], itemPath, "expected {key, operator, values}");
                continue;
            }

            reader.Known(item, itemPath, "key", "operator", "values");
            var key = reader.String(item, "key", itemPath, required: true);
            var op = reader.String(item, "operator", itemPath, required: true);
            var values = reader.StringList(item, "values", itemPath, required: false);
            if (key is null || op is null)
            {
                continue;
            }

            CheckKey(reader, YamlReader.Get(item, "key")!, itemPath, key);
            if (!Enum.TryParse<LabelSelectorOperator>(op, ignoreCase: false, out var parsed) || !Enum.IsDefined(parsed))
            {
                reader.Error(YamlReader.Get(item, "operator")!, $"{itemPath}.operator", $"unknown operator '{op}'; expected In, NotIn, Exists or DoesNotExist");
                continue;
            }

            var needsValues = parsed is LabelSelectorOperator.In or LabelSelectorOperator.NotIn;
            if (needsValues == (values.Count == 0))
            {
                reader.Error(item, $"{itemPath}.values", needsValues ? $"{op} needs at least one value" : $"{op} takes no values");
                continue;
            }

            result.Add(new LabelSelectorRequirement(key, parsed, [.. values]));
        }

        return result;
    }

    private static void CheckKey(YamlReader reader, YamlNode node, string path, string key)
    {
        var slash = key.LastIndexOf('/');
        var name = slash < 0 ? key : key[(slash + 1)..];
        var prefix = slash < 0 ? null : key[..slash];
        if (!LabelName().IsMatch(name) || (prefix is not null && (prefix.Length > 253 || !DnsSubdomain().IsMatch(prefix))))
        {
            reader.Error(node, path, $"invalid label key '{key}': an optional DNS subdomain prefix and '/', then at most 63 alphanumeric, '-', '_' or '.' characters");
        }
    }

    [GeneratedRegex("^[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?\\z")]
    private static partial Regex LabelName();

    [GeneratedRegex("^(([A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?)?)\\z")]
    private static partial Regex LabelValue();

    [GeneratedRegex("^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*\\z")]
    private static partial Regex DnsSubdomain();
}
