using ComplianceAuditor.Controls.Yaml;
using YamlDotNet.RepresentationModel;

namespace ComplianceAuditor.Cli.Serve.Config;

/// <summary>Reads a target's <c>cluster</c>: exactly one of context, inCluster, files, demo.</summary>
internal static class ClusterReader
{
    private static readonly string[] Kinds = ["context", "inCluster", "files", "demo"];

    private static readonly string[] Options = ["kubeconfig", "timeout"];

    /// <summary>The deadline for reading a whole cluster when the file gives none, as `audit --timeout`.</summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromMinutes(5);

    public static TargetCluster? Read(ConfigValues values, YamlMappingNode target, string targetPath)
    {
        var reader = values.Reader;
        var path = YamlReader.Join(targetPath, "cluster");
        if (reader.Mapping(target, "cluster", targetPath, required: true) is not { } map)
        {
            return null;
        }

        reader.Known(map, path, "context", "kubeconfig", "timeout", "inCluster", "files", "demo");
        var given = Kinds.Where(k => YamlReader.Get(map, k) is not null).ToList();
        if (given.Count != 1)
        {
            var found = given.Count == 0 ? "none" : string.Join(" and ", given);
            reader.Error(map, path, $"expected exactly one of context, inCluster, files, demo; found {found}");
            return null;
        }

        var kind = given[0];
        foreach (var extra in Options.Where(f => YamlReader.Get(map, f) is not null && !Allows(kind, f)))
        {
            reader.Error(YamlReader.Get(map, extra)!, YamlReader.Join(path, extra), $"{extra} applies to {(extra == "kubeconfig" ? "context" : "context and inCluster")}, not {kind}");
        }

        var timeout = values.Duration(map, "timeout", path) ?? DefaultTimeout;
        return kind switch
        {
            "context" => reader.String(map, "context", path, required: true) is { } name
                ? new TargetCluster.Context(name, values.ExistingPath(map, "kubeconfig", path, PathKind.File), timeout)
                : null,
            "inCluster" => values.True(YamlReader.Get(map, kind)!, YamlReader.Join(path, kind)) ? new TargetCluster.InCluster(timeout) : null,
            "demo" => values.True(YamlReader.Get(map, kind)!, YamlReader.Join(path, kind)) ? new TargetCluster.Demo() : null,
            _ => values.ExistingPaths(map, "files", path, PathKind.FileOrFolder) is { Count: > 0 } files ? new TargetCluster.Files([.. files]) : null,
        };
    }

    private static bool Allows(string kind, string field) =>
        kind == "context" || (kind == "inCluster" && field == "timeout");
}
