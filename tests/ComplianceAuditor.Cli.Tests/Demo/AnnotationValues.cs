using ComplianceAuditor.Engine.Model;
using YamlDotNet.RepresentationModel;

namespace ComplianceAuditor.Cli.Tests.Demo;

/// <summary>Every annotation written in a kubectl dump, at any depth (objects and pod templates).</summary>
internal static class AnnotationValues
{
    public static List<(string Key, string Value)> Read(string path)
    {
        var stream = new YamlStream();
        using (var reader = File.OpenText(path))
        {
            stream.Load(reader);
        }

        var found = new List<(string, string)>();
        foreach (var document in stream.Documents)
        {
            Collect(document.RootNode, found);
        }

        return found;
    }

    /// <summary>The values of annotations the analysis must drop, long enough not to match by chance.</summary>
    public static List<(string Key, string Value)> Dropped(string path) =>
        [.. Read(path).Where(a => !AnnotationAllowList.Allows(a.Key) && a.Value.Length >= 12)];

    private static void Collect(YamlNode node, List<(string, string)> found)
    {
        switch (node)
        {
            case YamlMappingNode map:
                foreach (var (key, value) in map.Children)
                {
                    if (key is YamlScalarNode { Value: "annotations" } && value is YamlMappingNode annotations)
                    {
                        found.AddRange(annotations.Children.Select(a => (((YamlScalarNode)a.Key).Value!, ((YamlScalarNode)a.Value).Value ?? string.Empty)));
                    }
                    else
                    {
                        Collect(value, found);
                    }
                }

                break;
            case YamlSequenceNode list:
                foreach (var item in list.Children)
                {
                    Collect(item, found);
                }

                break;
        }
    }
}
