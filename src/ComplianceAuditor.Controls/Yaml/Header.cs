using YamlDotNet.RepresentationModel;

namespace ComplianceAuditor.Controls.Yaml;

/// <summary>Checks the apiVersion and kind every file of ours starts with.</summary>
internal static class Header
{
    public const string ApiVersion = "compliance-auditor.io/v1alpha1";

    public static void Expect(YamlReader reader, YamlMappingNode root, string kind)
    {
        if (reader.String(root, "apiVersion", string.Empty, required: true) is { } apiVersion && apiVersion != ApiVersion)
        {
            reader.Error(YamlReader.Get(root, "apiVersion")!, "apiVersion", $"expected apiVersion {ApiVersion}, found '{apiVersion}'");
        }

        if (reader.String(root, "kind", string.Empty, required: true) is { } found && found != kind)
        {
            reader.Error(YamlReader.Get(root, "kind")!, "kind", $"expected kind {kind}, found '{found}'");
        }
    }
}
