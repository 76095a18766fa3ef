using ComplianceAuditor.Controls.Checks;
using ComplianceAuditor.Controls.Scope;
using ComplianceAuditor.Controls.Yaml;
using YamlDotNet.RepresentationModel;

namespace ComplianceAuditor.Controls.Catalogs;

/// <summary>Reads one control of a catalog, its checks, and that every zone they name is in the scope.</summary>
internal static class ControlReader
{
    public static Control? Read(YamlReader reader, YamlNode node, string path, ScopeDefinition scope)
    {
        if (node is not YamlMappingNode map)
        {
            reader.Error(node, path, $"expected a control, found {YamlReader.Describe(node)}");
            return null;
        }

        reader.Known(map, path, "id", "title", "description", "rationale", "severity", "remediation", "checks");
        var id = reader.String(map, "id", path, required: true);
        var title = reader.String(map, "title", path, required: true);
        var description = reader.String(map, "description", path, required: true);
        var severity = ReadSeverity(reader, map, path);
        var checks = ReadChecks(reader, map, path, scope);
        if (id is null || title is null || description is null || severity is null || checks is null)
        {
            return null;
        }

        return new Control
        {
            Id = id,
            Title = title,
            Description = description,
            Rationale = reader.String(map, "rationale", path, required: false),
            Severity = severity.Value,
            Remediation = reader.String(map, "remediation", path, required: false),
            Checks = [.. checks],
            Location = YamlSource.Locate(reader.File, map),
        };
    }

    private static Severity? ReadSeverity(YamlReader reader, YamlMappingNode map, string path)
    {
        var text = reader.String(map, "severity", path, required: true);
        Severity? severity = text switch
        {
            "critical" => Severity.Critical,
            "high" => Severity.High,
            "medium" => Severity.Medium,
            "low" => Severity.Low,
            _ => null,
        };
        if (text is not null && severity is null)
        {
            reader.Error(YamlReader.Get(map, "severity")!, $"{path}.severity", $"expected critical, high, medium or low, found '{text}'");
        }

        return severity;
    }

    private static List<Check>? ReadChecks(YamlReader reader, YamlMappingNode map, string path, ScopeDefinition scope)
    {
        if (reader.Sequence(map, "checks", path, required: true) is not { } list)
        {
            return null;
        }

        if (list.Children.Count == 0)
        {
            reader.Error(list, $"{path}.checks", "a control needs at least one check");
            return null;
        }

        var checks = new List<Check>();
        for (var i = 0; i < list.Children.Count; i++)
        {
            var checkPath = $"{path}.checks[{i}]";
            if (CheckRegistry.Parse(reader, list.Children[i], checkPath, scope) is { } check)
            {
                checks.Add(check);
            }
        }

        return checks.Count == list.Children.Count ? checks : null;
    }
}
