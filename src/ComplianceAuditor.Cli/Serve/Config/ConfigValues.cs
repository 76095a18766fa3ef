using System.Globalization;
using ComplianceAuditor.Cli.Commands;
using ComplianceAuditor.Controls.Yaml;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ComplianceAuditor.Cli.Serve.Config;

/// <summary>
/// Typed values of the serve configuration beyond what <see cref="YamlReader"/> reads: paths (resolved
/// against the configuration's folder and checked to exist), durations, booleans and percentages.
/// </summary>
internal sealed class ConfigValues(YamlReader reader, string folder)
{
    public YamlReader Reader => reader;

    /// <summary>A path that must name an existing file or folder, as <paramref name="kind"/> says.</summary>
    public string? ExistingPath(YamlMappingNode map, string key, string path, PathKind kind)
    {
        var node = YamlReader.Get(map, key);
        return node is null ? null : ExistingPath(node, YamlReader.Join(path, key), kind);
    }

    public string? ExistingPath(YamlNode node, string path, PathKind kind)
    {
        if (reader.AsString(node, path) is not { } text)
        {
            return null;
        }

        var full = Resolve(text);
        var found = kind switch
        {
            PathKind.File => File.Exists(full),
            PathKind.Folder => Directory.Exists(full),
            _ => File.Exists(full) || Directory.Exists(full),
        };
        if (!found)
        {
            var what = kind switch { PathKind.File => "a file", PathKind.Folder => "a folder", _ => "a file or folder" };
            var there = File.Exists(full) ? "a file" : Directory.Exists(full) ? "a folder" : "nothing";
            reader.Error(node, path, $"expected {what}, found {there} at {full}");
            return null;
        }

        return full;
    }

    public List<string>? ExistingPaths(YamlMappingNode map, string key, string path, PathKind kind)
    {
        if (reader.Sequence(map, key, path, required: false) is not { } list)
        {
            return null;
        }

        if (list.Children.Count == 0)
        {
            reader.Error(list, YamlReader.Join(path, key), "expected at least one entry");
        }

        var result = new List<string>();
        for (var i = 0; i < list.Children.Count; i++)
        {
            if (ExistingPath(list.Children[i], $"{YamlReader.Join(path, key)}[{i}]", kind) is { } full)
            {
                result.Add(full);
            }
        }

        return result;
    }

    /// <summary>A path resolved against the configuration's folder; not checked (an output folder is created).</summary>
    public string Resolve(string text) => Path.TrimEndingDirectorySeparator(Path.GetFullPath(text, folder));

    public TimeSpan? Duration(YamlMappingNode map, string key, string path)
    {
        var node = YamlReader.Get(map, key);
        if (node is null || reader.AsString(node, YamlReader.Join(path, key)) is not { } text)
        {
            return null;
        }

        if (DurationText.TryParse(text, out var duration) && duration.Ticks % TimeSpan.TicksPerMillisecond == 0)
        {
            return duration;
        }

        reader.Error(node, YamlReader.Join(path, key), $"expected {DurationText.Expected}, found {YamlReader.Describe(node)}");
        return null;
    }

    /// <summary>A field that may only say <c>true</c> (inCluster, demo): false would leave the cluster unsaid.</summary>
    public bool True(YamlNode node, string path)
    {
        if (node is YamlScalarNode { Style: ScalarStyle.Plain, Value: "true" or "True" or "TRUE" })
        {
            return true;
        }

        reader.Error(node, path, $"expected true, found {YamlReader.Describe(node)}");
        return false;
    }

    public double? Percentage(YamlMappingNode map, string key, string path)
    {
        if (YamlReader.Get(map, key) is not { } node)
        {
            return null;
        }

        if (node is YamlScalarNode { Style: ScalarStyle.Plain, Value: { } text }
            && double.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) && value is >= 0 and <= 100)
        {
            return value;
        }

        reader.Error(node, YamlReader.Join(path, key), $"expected a percentage from 0 to 100, found {YamlReader.Describe(node)}");
        return null;
    }
}
