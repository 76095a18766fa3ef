using System.Collections.Immutable;
using ComplianceAuditor.Cli.Retention;
using ComplianceAuditor.Cli.Serve.Schedule;
using ComplianceAuditor.Controls.Yaml;
using ComplianceAuditor.Reports.Rendering;
using YamlDotNet.RepresentationModel;

namespace ComplianceAuditor.Cli.Serve.Config;

/// <summary>Reads the fields a target and `defaults` share.</summary>
internal static class TargetFieldsReader
{
    public static readonly string[] Fields =
        ["schedule", "timeZone", "controls", "scope", "waivers", "out", "failUnder", "formats", "templates", "retention", "misfire", "misfireThreshold"];

    public static TargetFields Read(ConfigValues values, YamlMappingNode map, string path)
    {
        var reader = values.Reader;
        var written = reader.String(map, "schedule", path, required: false);
        var outText = reader.String(map, "out", path, required: false);
        return new TargetFields
        {
            WrittenSchedule = written,
            Schedule = written is null ? null : Schedule(reader, map, path, written),
            TimeZone = TimeZone(reader, map, path),
            Controls = values.ExistingPaths(map, "controls", path, PathKind.FileOrFolder)?.ToImmutableArray(),
            Scope = values.ExistingPath(map, "scope", path, PathKind.File),
            Waivers = values.ExistingPath(map, "waivers", path, PathKind.File),
            Out = outText is null ? null : values.Resolve(outText),
            OutLocation = YamlReader.Get(map, "out") is { } outNode ? YamlSource.Locate(reader.File, outNode) : null,
            FailUnder = values.Percentage(map, "failUnder", path),
            Formats = Formats(reader, map, path),
            Templates = values.ExistingPath(map, "templates", path, PathKind.Folder),
            Retention = Retention(reader, map, path),
            Misfire = Misfire(reader, map, path),
            MisfireThreshold = values.Duration(map, "misfireThreshold", path),
        };
    }

    private static string? Schedule(YamlReader reader, YamlMappingNode map, string path, string written)
    {
        if (CronSchedule.ToQuartz(written, out var error) is { } quartz)
        {
            return quartz;
        }

        reader.Error(YamlReader.Get(map, "schedule")!, YamlReader.Join(path, "schedule"), $"schedule '{written}': {error}");
        return null;
    }

    private static TimeZoneInfo? TimeZone(YamlReader reader, YamlMappingNode map, string path)
    {
        if (reader.String(map, "timeZone", path, required: false) is not { } id)
        {
            return null;
        }

        if (TimeZones.Find(id, out var suggestion) is { } zone)
        {
            return zone;
        }

        var hint = suggestion is null ? string.Empty : $" (ids are case-sensitive: {suggestion})";
        reader.Error(YamlReader.Get(map, "timeZone")!, YamlReader.Join(path, "timeZone"), $"expected an IANA time zone such as UTC or Europe/Berlin, found '{id}'{hint}");
        return null;
    }

    private static ImmutableArray<string>? Formats(YamlReader reader, YamlMappingNode map, string path)
    {
        if (reader.Sequence(map, "formats", path, required: false) is not { } list)
        {
            return null;
        }

        var result = new List<string>();
        for (var i = 0; i < list.Children.Count; i++)
        {
            var itemPath = $"{YamlReader.Join(path, "formats")}[{i}]";
            if (reader.AsString(list.Children[i], itemPath) is not { } name)
            {
                continue;
            }

            if (name.Contains(',', StringComparison.Ordinal) || ReportRenderers.Select(ReportRenderers.All, [name], out _) is null)
            {
                reader.Error(list.Children[i], itemPath, $"expected one of {string.Join(", ", ReportRenderers.Formats(ReportRenderers.All))}, found '{name}'");
            }
            else if (result.Contains(name.ToLowerInvariant()))
            {
                reader.Error(list.Children[i], itemPath, $"format '{name}' is listed twice");
            }
            else
            {
                result.Add(name.ToLowerInvariant());
            }
        }

        if (list.Children.Count == 0)
        {
            reader.Error(list, YamlReader.Join(path, "formats"), "expected at least one format; leave formats out for all of them");
        }

        return [.. result];
    }

    private static RetentionPolicy? Retention(YamlReader reader, YamlMappingNode map, string path)
    {
        if (reader.Mapping(map, "retention", path, required: false) is not { } retention)
        {
            return null;
        }

        var retentionPath = YamlReader.Join(path, "retention");
        reader.Known(retention, retentionPath, "keep", "keepDays");
        return new RetentionPolicy(
            reader.Integer(retention, "keep", retentionPath, 1, 1_000_000),
            reader.Integer(retention, "keepDays", retentionPath, 1, 36_500));
    }

    private static MisfirePolicy? Misfire(YamlReader reader, YamlMappingNode map, string path) =>
        reader.String(map, "misfire", path, required: false) switch
        {
            null => null,
            "run-once" => MisfirePolicy.RunOnce,
            "skip" => MisfirePolicy.Skip,
            var other => Unknown(reader, map, path, other),
        };

    private static MisfirePolicy? Unknown(YamlReader reader, YamlMappingNode map, string path, string found)
    {
        reader.Error(YamlReader.Get(map, "misfire")!, YamlReader.Join(path, "misfire"), $"expected run-once or skip, found '{found}'");
        return null;
    }
}
