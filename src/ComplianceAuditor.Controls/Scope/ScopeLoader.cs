using ComplianceAuditor.Controls.Yaml;
using ComplianceAuditor.Engine.Diagnostics;
using ComplianceAuditor.Engine.Net;
using YamlDotNet.RepresentationModel;

namespace ComplianceAuditor.Controls.Scope;

/// <summary>Reads a scope file (<c>kind: Scope</c>) strictly; see controls/README.md.</summary>
public static class ScopeLoader
{
    public static ScopeDefinition? Load(string path, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        return Parse(path, File.ReadAllText(path), diagnostics);
    }

    public static ScopeDefinition? Parse(string file, string text, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        var errors = diagnostics.Items.Count(d => d.IsError);
        if (YamlSource.Load(file, text, diagnostics) is not { } root)
        {
            return null;
        }

        var reader = new YamlReader(file, diagnostics);
        reader.Known(root, string.Empty, "apiVersion", "kind", "zones");
        Header.Expect(reader, root, "Scope");
        var zones = new List<Zone>();
        if (reader.Sequence(root, "zones", string.Empty, required: true) is { } list)
        {
            for (var i = 0; i < list.Children.Count; i++)
            {
                if (ReadZone(reader, list.Children[i], $"zones[{i}]") is { } zone)
                {
                    if (zones.Any(z => z.Name == zone.Name))
                    {
                        reader.Error(list.Children[i], $"zones[{i}].name", $"zone '{zone.Name}' is defined twice");
                    }

                    zones.Add(zone);
                }
            }
        }

        return diagnostics.Items.Count(d => d.IsError) == errors ? new ScopeDefinition([.. zones], file) : null;
    }

    private static Zone? ReadZone(YamlReader reader, YamlNode node, string path)
    {
        if (node is not YamlMappingNode map)
        {
            reader.Error(node, path, "expected a zone (name, and namespaces/namespaceNames/pods, or cidrs)");
            return null;
        }

        reader.Known(map, path, "name", "description", "namespaces", "namespaceNames", "pods", "cidrs");
        var name = reader.String(map, "name", path, required: true);
        var cidrs = new List<IpPrefix>();
        if (reader.Sequence(map, "cidrs", path, required: false) is { } list)
        {
            for (var i = 0; i < list.Children.Count; i++)
            {
                if (reader.Cidr(list.Children[i], $"{path}.cidrs[{i}]") is { } cidr)
                {
                    cidrs.Add(cidr);
                }
            }
        }

        var zone = new Zone
        {
            Name = name ?? string.Empty,
            Description = reader.String(map, "description", path, required: false),
            Namespaces = reader.Selector(map, "namespaces", path),
            NamespaceNames = [.. reader.StringList(map, "namespaceNames", path, required: false)],
            Pods = reader.Selector(map, "pods", path),
            Cidrs = [.. cidrs],
        };
        var workload = YamlReader.Get(map, "namespaces") is not null || YamlReader.Get(map, "namespaceNames") is not null || YamlReader.Get(map, "pods") is not null;
        var address = YamlReader.Get(map, "cidrs") is not null;
        if (workload == address)
        {
            reader.Error(map, path, "a zone has either cidrs (an address zone) or namespaces, namespaceNames and/or pods (a workload zone)");
        }

        return name is null ? null : zone;
    }
}
