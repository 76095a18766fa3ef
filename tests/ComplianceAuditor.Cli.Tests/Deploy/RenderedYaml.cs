using YamlDotNet.RepresentationModel;

namespace ComplianceAuditor.Cli.Tests.Deploy;

/// <summary>Reading rendered Kubernetes objects: paths into mappings, sequences as strings.</summary>
internal static class RenderedYaml
{
    /// <summary>The objects of a multi-document YAML text (`kubectl kustomize` output).</summary>
    public static IReadOnlyList<YamlMappingNode> Load(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return [.. stream.Documents.Select(d => d.RootNode).OfType<YamlMappingNode>()];
    }

    public static YamlNode Node(YamlMappingNode node, params string[] keys) =>
        keys.Aggregate((YamlNode)node, (n, k) => ((YamlMappingNode)n).Children[k]);

    public static string Get(YamlMappingNode node, params string[] keys) => Node(node, keys).ToString();

    public static bool Has(YamlMappingNode node, string key) => node.Children.ContainsKey(key);

    public static IReadOnlyList<YamlMappingNode> Mappings(YamlMappingNode node, params string[] keys) =>
        [.. ((YamlSequenceNode)Node(node, keys)).Children.Cast<YamlMappingNode>()];

    public static IReadOnlyList<string> Strings(YamlMappingNode node, params string[] keys) =>
        [.. ((YamlSequenceNode)Node(node, keys)).Children.Select(c => c.ToString())];

    /// <summary>A mapping of strings (labels, selectors) as sorted "key=value" lines.</summary>
    public static IReadOnlyList<string> Pairs(YamlMappingNode node, params string[] keys) =>
        [.. ((YamlMappingNode)Node(node, keys)).Children.Select(p => $"{p.Key}={p.Value}").Order(StringComparer.Ordinal)];

    /// <summary>The object written back as YAML, to compare two objects whole.</summary>
    public static string Text(YamlNode node)
    {
        using var writer = new StringWriter();
        new YamlStream(new YamlDocument(node)).Save(writer, assignAnchors: false);
        return writer.ToString();
    }
}
