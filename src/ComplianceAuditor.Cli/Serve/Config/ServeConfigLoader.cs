using System.Collections.Immutable;
using System.Text.RegularExpressions;
using ComplianceAuditor.Cli.Retention;
using ComplianceAuditor.Controls.Yaml;
using ComplianceAuditor.Engine.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace ComplianceAuditor.Cli.Serve.Config;

/// <summary>
/// Reads the `serve` configuration strictly, as catalogs are read: unknown fields, duplicate keys and
/// bad values are errors at file:line:column, all of them collected. Relative paths resolve against
/// the file's folder, and the files a target names must exist. See docs/serve.md.
/// </summary>
internal static partial class ServeConfigLoader
{
    public const string ApiVersion = "compliance-auditor.io/v1alpha1";

    public const string Kind = "ServeConfig";

    public static readonly TimeSpan DefaultMisfireThreshold = TimeSpan.FromMinutes(5);

    public static ServeConfig? Load(string path, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error($"cannot read the configuration: {exception.Message}", new SourceLocation(path, 0, 0, 0));
            return null;
        }

        // Collected apart and sorted, so problems read top to bottom whatever order the fields are checked in.
        var found = new DiagnosticBag();
        var config = Parse(path, text, Path.GetDirectoryName(Path.GetFullPath(path))!, found);
        diagnostics.AddRange(found.Items.OrderBy(d => d.Location?.Line ?? 0).ThenBy(d => d.Location?.Column ?? 0));
        return config;
    }

    /// <summary>Reads <paramref name="text"/> as the file <paramref name="file"/>, resolving relative paths against <paramref name="folder"/>.</summary>
    public static ServeConfig? Parse(string file, string text, string folder, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        var errors = diagnostics.Items.Count(d => d.IsError);
        if (YamlSource.Load(file, text, diagnostics) is not { } root)
        {
            return null;
        }

        var reader = new YamlReader(file, diagnostics);
        var values = new ConfigValues(reader, folder);
        reader.Known(root, string.Empty, "apiVersion", "kind", "monitoring", "defaults", "targets");
        CheckHeader(reader, root);
        var monitoring = MonitoringReader.Read(reader, root);
        var defaults = TargetFields.None;
        if (reader.Mapping(root, "defaults", string.Empty, required: false) is { } map)
        {
            reader.Known(map, "defaults", TargetFieldsReader.Fields);
            defaults = TargetFieldsReader.Read(values, map, "defaults");
        }

        var targets = ReadTargets(values, root, defaults, folder);
        return diagnostics.Items.Count(d => d.IsError) == errors ? new ServeConfig(file, targets, monitoring) : null;
    }

    private static void CheckHeader(YamlReader reader, YamlMappingNode root)
    {
        if (reader.String(root, "apiVersion", string.Empty, required: true) is { } apiVersion && apiVersion != ApiVersion)
        {
            reader.Error(YamlReader.Get(root, "apiVersion")!, "apiVersion", $"expected apiVersion {ApiVersion}, found '{apiVersion}'");
        }

        if (reader.String(root, "kind", string.Empty, required: true) is { } kind && kind != Kind)
        {
            reader.Error(YamlReader.Get(root, "kind")!, "kind", $"expected kind {Kind}, found '{kind}'");
        }
    }

    private static ImmutableArray<ServeTarget> ReadTargets(ConfigValues values, YamlMappingNode root, TargetFields defaults, string folder)
    {
        var reader = values.Reader;
        var targets = new List<ServeTarget>();
        if (reader.Sequence(root, "targets", string.Empty, required: true) is not { } list)
        {
            return [];
        }

        if (list.Children.Count == 0)
        {
            reader.Error(list, "targets", "expected at least one target");
        }

        var outParent = defaults.Out ?? Path.Combine(folder, "reports");
        for (var i = 0; i < list.Children.Count; i++)
        {
            if (ReadTarget(values, list.Children[i], $"targets[{i}]", defaults, outParent) is { } target)
            {
                CheckUnique(reader, targets, target, $"targets[{i}]");
                targets.Add(target);
            }
        }

        return [.. targets];
    }

    private static ServeTarget? ReadTarget(ConfigValues values, YamlNode node, string path, TargetFields defaults, string outParent)
    {
        var reader = values.Reader;
        if (node is not YamlMappingNode map)
        {
            reader.Error(node, path, $"expected a target (a mapping with name, schedule and cluster), found {YamlReader.Describe(node)}");
            return null;
        }

        reader.Known(map, path, ["name", "cluster", .. TargetFieldsReader.Fields]);
        var name = Name(reader, map, path);
        var cluster = ClusterReader.Read(values, map, path);
        var fields = TargetFieldsReader.Read(values, map, path).Or(defaults);
        if (YamlReader.Get(map, "schedule") is null && defaults.WrittenSchedule is null)
        {
            reader.Error(map, YamlReader.Join(path, "schedule"), "schedule is required (in the target or in defaults)");
        }

        if (name is null || cluster is null || fields.Schedule is null)
        {
            return null;
        }

        return new ServeTarget
        {
            Name = name,
            Schedule = fields.Schedule,
            WrittenSchedule = fields.WrittenSchedule,
            TimeZone = fields.TimeZone ?? TimeZoneInfo.Utc,
            Cluster = cluster,
            Controls = fields.Controls ?? [],
            Scope = fields.Scope,
            Waivers = fields.Waivers,
            Out = fields.Out ?? Path.Combine(outParent, name),
            OutLocation = fields.OutLocation,
            FailUnder = fields.FailUnder,
            Formats = fields.Formats ?? [],
            Templates = fields.Templates,
            Retention = fields.Retention ?? new RetentionPolicy(null, null),
            Misfire = fields.Misfire ?? MisfirePolicy.RunOnce,
            MisfireThreshold = fields.MisfireThreshold ?? DefaultMisfireThreshold,
            Location = YamlSource.Locate(reader.File, map),
        };
    }

    private static string? Name(YamlReader reader, YamlMappingNode map, string path)
    {
        if (reader.String(map, "name", path, required: true) is not { } name)
        {
            return null;
        }

        if (name.Length <= 63 && TargetName().IsMatch(name))
        {
            return name;
        }

        reader.Error(YamlReader.Get(map, "name")!, YamlReader.Join(path, "name"), $"expected a name of at most 63 characters: lower-case letters, digits and '-', starting and ending with a letter or digit; found '{name}'");
        return null;
    }

    private static void CheckUnique(YamlReader reader, List<ServeTarget> earlier, ServeTarget target, string path)
    {
        if (earlier.Find(t => t.Name == target.Name) is { } twin)
        {
            reader.Diagnostics.Error($"target '{target.Name}' is defined twice (first at line {twin.Location.Line})", target.Location, fieldPath: YamlReader.Join(path, "name"));
        }

        if (earlier.Find(t => t.Name != target.Name && string.Equals(t.Out, target.Out, StringComparison.Ordinal)) is { } sharer)
        {
            reader.Diagnostics.Error(
                $"targets '{sharer.Name}' and '{target.Name}' both write to {target.Out}; each target needs its own folder (runs.json and retention would mix them)",
                target.OutLocation ?? target.Location,
                fieldPath: YamlReader.Join(path, "out"));
        }
    }

    [GeneratedRegex("^[a-z0-9]([-a-z0-9]*[a-z0-9])?\\z")]
    private static partial Regex TargetName();
}
