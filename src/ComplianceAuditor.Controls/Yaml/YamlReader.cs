using System.Globalization;
using ComplianceAuditor.Engine.Diagnostics;
using ComplianceAuditor.Engine.Labels;
using ComplianceAuditor.Engine.Net;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ComplianceAuditor.Controls.Yaml;

/// <summary>
/// Reads typed fields of our YAML files strictly: unknown fields, missing required fields and
/// values of the wrong type are errors at file:line:column, all collected, none thrown.
/// </summary>
internal sealed class YamlReader(string file, DiagnosticBag diagnostics)
{
    public string File => file;

    public DiagnosticBag Diagnostics => diagnostics;

    public int ErrorCount => diagnostics.Items.Count(d => d.IsError);

    public void Error(YamlNode node, string path, string message) =>
        diagnostics.Error(message, YamlSource.Locate(file, node), fieldPath: path);

    public static YamlNode? Get(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var value) && !IsNull(value) ? value : null;

    public static bool IsNull(YamlNode node) =>
        node is YamlScalarNode { Style: ScalarStyle.Plain, Value: null or "" or "~" or "null" or "Null" or "NULL" };

    public void Known(YamlMappingNode map, string path, params string[] fields)
    {
        foreach (var key in map.Children.Keys)
        {
            var name = (key as YamlScalarNode)?.Value ?? string.Empty;
            if (!fields.Contains(name, StringComparer.Ordinal))
            {
                Error(key, Join(path, name), $"unknown field '{name}'; expected {string.Join(", ", fields)}");
            }
        }
    }

    public YamlMappingNode? Mapping(YamlMappingNode map, string key, string path, bool required)
    {
        var node = Field(map, key, path, required);
        if (node is null or YamlMappingNode)
        {
            return node as YamlMappingNode;
        }

        Error(node, Join(path, key), $"expected a mapping, found {Describe(node)}");
        return null;
    }

    public YamlSequenceNode? Sequence(YamlMappingNode map, string key, string path, bool required)
    {
        var node = Field(map, key, path, required);
        if (node is null or YamlSequenceNode)
        {
            return node as YamlSequenceNode;
        }

        Error(node, Join(path, key), $"expected a list, found {Describe(node)}");
        return null;
    }

    public string? String(YamlMappingNode map, string key, string path, bool required)
    {
        var node = Field(map, key, path, required);
        return node is null ? null : AsString(node, Join(path, key));
    }

    public string? AsString(YamlNode node, string path)
    {
        if (node is YamlScalarNode { Value: { Length: > 0 } value })
        {
            return value;
        }

        Error(node, path, $"expected a non-empty string, found {Describe(node)}");
        return null;
    }

    public int? Integer(YamlMappingNode map, string key, string path, int min, int max)
    {
        if (Field(map, key, path, required: false) is not { } node)
        {
            return null;
        }

        if (node is YamlScalarNode { Style: ScalarStyle.Plain, Value: { } text }
            && int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
        {
            return value;
        }

        Error(node, Join(path, key), $"expected a whole number from {min} to {max}, found {Describe(node)}");
        return null;
    }

    public List<string> StringList(YamlMappingNode map, string key, string path, bool required)
    {
        var result = new List<string>();
        if (Sequence(map, key, path, required) is not { } list)
        {
            return result;
        }

        for (var i = 0; i < list.Children.Count; i++)
        {
            if (AsString(list.Children[i], $"{Join(path, key)}[{i}]") is { } value)
            {
                result.Add(value);
            }
        }

        if (required && list.Children.Count == 0)
        {
            Error(list, Join(path, key), "expected at least one entry");
        }

        return result;
    }

    public IpPrefix? Cidr(YamlNode node, string path)
    {
        if (AsString(node, path) is not { } text)
        {
            return null;
        }

        if (IpPrefix.TryParse(text, out var prefix, out var error))
        {
            return prefix;
        }

        Error(node, path, $"invalid CIDR '{text}': {error}");
        return null;
    }

    public LabelSelector? Selector(YamlMappingNode map, string key, string path) =>
        Get(map, key) is { } node ? SelectorReader.Read(this, node, Join(path, key)) : null;

    public static string Join(string path, string key) => path.Length == 0 ? key : $"{path}.{key}";

    public static string Describe(YamlNode node) => node switch
    {
        YamlMappingNode => "a mapping",
        YamlSequenceNode => "a list",
        YamlScalarNode { Value: var value } when IsNull(node) => "nothing (null)",
        YamlScalarNode { Value: var value } => $"'{value}'",
        _ => "an alias",
    };

    private YamlNode? Field(YamlMappingNode map, string key, string path, bool required)
    {
        var node = Get(map, key);
        if (node is null && required)
        {
            Error(map, Join(path, key), $"{key} is required");
        }

        return node;
    }
}
