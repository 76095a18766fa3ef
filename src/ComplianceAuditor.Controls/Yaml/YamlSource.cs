using ComplianceAuditor.Engine.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ComplianceAuditor.Controls.Yaml;

/// <summary>
/// Loads one YAML file of ours (a catalog, scope or waiver list) into YamlDotNet's node model,
/// which keeps positions and rejects duplicate keys. A syntax error is a diagnostic with
/// file:line:column, never an exception.
/// </summary>
internal static class YamlSource
{
    public static YamlMappingNode? Load(string file, string text, DiagnosticBag diagnostics)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException exception)
        {
            var message = string.Join(' ', exception.Message.Split(' ', StringSplitOptions.RemoveEmptyEntries));
            diagnostics.Error($"invalid YAML: {message}", new SourceLocation(file, 1, ToInt(exception.Start.Line), ToInt(exception.Start.Column)));
            return null;
        }

        if (stream.Documents.Count != 1)
        {
            diagnostics.Error($"expected exactly one YAML document, found {stream.Documents.Count}", new SourceLocation(file, 1, 1, 1));
            return null;
        }

        if (stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            diagnostics.Error("expected a mapping at the top of the file", Locate(file, stream.Documents[0].RootNode));
            return null;
        }

        return root;
    }

    public static SourceLocation Locate(string file, YamlNode node) =>
        new(file, 1, ToInt(node.Start.Line), ToInt(node.Start.Column));

    private static int ToInt(long value) => value > int.MaxValue ? int.MaxValue : (int)value;
}
