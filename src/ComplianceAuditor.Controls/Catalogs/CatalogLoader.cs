using System.Security.Cryptography;
using System.Text;
using ComplianceAuditor.Controls.Scope;
using ComplianceAuditor.Controls.Yaml;
using ComplianceAuditor.Engine.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace ComplianceAuditor.Controls.Catalogs;

/// <summary>
/// Reads control catalogs strictly (see controls/README.md): every problem in every file is a
/// diagnostic with file:line:column, and a catalog with any error is not used.
/// </summary>
public static class CatalogLoader
{
    /// <summary>Reads files and directories (*.yaml and *.yml, in ordinal order).</summary>
    public static IReadOnlyList<ControlCatalog> Load(IEnumerable<string> paths, ScopeDefinition scope, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var catalogs = new List<ControlCatalog>();
        foreach (var file in Files(paths, diagnostics))
        {
            var bytes = File.ReadAllBytes(file);
            using var text = new StreamReader(new MemoryStream(bytes), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
            if (Parse(file, text.ReadToEnd(), scope, diagnostics) is { } parsed)
            {
                var catalog = parsed with { Sha256 = Convert.ToHexStringLower(SHA256.HashData(bytes)) };
                if (catalogs.FirstOrDefault(c => c.Framework.Id == catalog.Framework.Id) is { } first)
                {
                    diagnostics.Error($"framework id '{catalog.Framework.Id}' is also used by {first.File}", new SourceLocation(file, 1, 1, 1));
                    continue;
                }

                catalogs.Add(catalog);
            }
        }

        return catalogs;
    }

    public static ControlCatalog? Parse(string file, string text, ScopeDefinition scope, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        var errors = diagnostics.Items.Count(d => d.IsError);
        if (YamlSource.Load(file, text, diagnostics) is not { } root)
        {
            return null;
        }

        var reader = new YamlReader(file, diagnostics);
        reader.Known(root, string.Empty, "apiVersion", "kind", "framework", "controls");
        Header.Expect(reader, root, "ControlCatalog");
        var framework = ReadFramework(reader, root);
        var controls = ReadControls(reader, root, scope);
        return framework is not null && diagnostics.Items.Count(d => d.IsError) == errors
            ? new ControlCatalog(framework, [.. controls], file) { Sha256 = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text))) }
            : null;
    }

    private static Framework? ReadFramework(YamlReader reader, YamlMappingNode root)
    {
        if (reader.Mapping(root, "framework", string.Empty, required: true) is not { } map)
        {
            return null;
        }

        reader.Known(map, "framework", "id", "name", "version", "source");
        var id = reader.String(map, "id", "framework", required: true);
        var name = reader.String(map, "name", "framework", required: true);
        var version = reader.String(map, "version", "framework", required: true);
        var source = reader.String(map, "source", "framework", required: false);
        return id is null || name is null || version is null ? null : new Framework(id, name, version, source);
    }

    private static List<Control> ReadControls(YamlReader reader, YamlMappingNode root, ScopeDefinition scope)
    {
        var controls = new List<Control>();
        if (reader.Sequence(root, "controls", string.Empty, required: true) is not { } list)
        {
            return controls;
        }

        for (var i = 0; i < list.Children.Count; i++)
        {
            if (ControlReader.Read(reader, list.Children[i], $"controls[{i}]", scope) is not { } control)
            {
                continue;
            }

            if (controls.Any(c => c.Id == control.Id))
            {
                reader.Error(list.Children[i], $"controls[{i}].id", $"control id '{control.Id}' appears twice in this catalog");
            }

            controls.Add(control);
        }

        if (list.Children.Count == 0)
        {
            reader.Error(list, "controls", "a catalog needs at least one control");
        }

        return controls;
    }

    private static IEnumerable<string> Files(IEnumerable<string> paths, DiagnosticBag diagnostics)
    {
        foreach (var path in paths)
        {
            if (File.Exists(path))
            {
                yield return path;
            }
            else if (Directory.Exists(path))
            {
                foreach (var file in Directory.EnumerateFiles(path, "*", SearchOption.TopDirectoryOnly)
                    .Where(f => f.EndsWith(".yaml", StringComparison.Ordinal) || f.EndsWith(".yml", StringComparison.Ordinal))
                    .Order(StringComparer.Ordinal))
                {
                    yield return file;
                }
            }
            else
            {
                diagnostics.Error($"no such file or directory: '{path}'", new SourceLocation(path, 0, 0, 0));
            }
        }
    }
}
