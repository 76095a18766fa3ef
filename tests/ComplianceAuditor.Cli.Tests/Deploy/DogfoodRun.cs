using System.Text.Json;
using ComplianceAuditor.TestSupport.Golden;
using YamlDotNet.RepresentationModel;

namespace ComplianceAuditor.Cli.Tests.Deploy;

/// <summary>
/// Renders an overlay of deploy/ (deploy/overlays/pci for this fixture), writes it beside a small
/// cluster dump and runs `audit` and `reach --format json` in-process over both, as a team would in
/// CI before applying it.
/// </summary>
public sealed class DogfoodRun : IDisposable
{
    /// <summary>A day after the policies' reviewed-at date, so the review checks see a fresh review.</summary>
    public static readonly DateTimeOffset AuditTime = new(2026, 11, 30, 2, 30, 0, TimeSpan.Zero);

    public DogfoodRun()
        : this("pci", ClusterDump.Yaml)
    {
    }

    /// <param name="overlay">The folder under deploy/overlays.</param>
    /// <param name="clusterDumps">The cluster beside the overlay: cluster.yaml, then cluster-1.yaml, ...</param>
    internal DogfoodRun(string overlay, params string[] clusterDumps)
    {
        Folder = Path.Combine(Path.GetTempPath(), $"dogfood-{Guid.NewGuid():N}");
        Directory.CreateDirectory(Folder);
        Rendered = Kustomize.Render(Path.Combine(RepositoryPaths.Root, "deploy", "overlays", overlay));
        var deployFile = Path.Combine(Folder, "deploy.yaml");
        File.WriteAllText(deployFile, Rendered);
        var clusterFiles = Enumerable.Range(0, clusterDumps.Length).Select(i => Path.Combine(Folder, i == 0 ? "cluster.yaml" : $"cluster-{i}.yaml")).ToArray();
        foreach (var (file, yaml) in clusterFiles.Zip(clusterDumps))
        {
            File.WriteAllText(file, yaml);
        }

        Documents = [.. Load(Rendered)];

        Audit = Run(["audit", deployFile, .. clusterFiles, "--out", Path.Combine(Folder, "reports"), "--format", "json"]);
        var resultsPath = Audit.Output.Split('\n').Select(l => l.TrimEnd('\r'))
            .Last(l => l.StartsWith("results: ", StringComparison.Ordinal))["results: ".Length..];
        Results = JsonDocument.Parse(File.ReadAllBytes(resultsPath));

        Reach = Run(["reach", deployFile, .. clusterFiles, "--format", "json"]);
        Connectivity = JsonDocument.Parse(Reach.Output);
    }

    public string Folder { get; }

    /// <summary>`kubectl kustomize deploy/overlays/OVERLAY`, verbatim.</summary>
    public string Rendered { get; }

    /// <summary>The rendered objects.</summary>
    public IReadOnlyList<YamlMappingNode> Documents { get; }

    public CliRun Audit { get; }

    public JsonDocument Results { get; }

    public CliRun Reach { get; }

    public JsonDocument Connectivity { get; }

    public sealed record CliRun(int ExitCode, string Output, string Error);

    /// <summary>The one rendered object of this kind.</summary>
    public YamlMappingNode OfKind(string kind) =>
        Documents.Single(d => d.Children.TryGetValue("kind", out var k) && k.ToString() == kind);

    public void Dispose()
    {
        Results.Dispose();
        Connectivity.Dispose();
        Directory.Delete(Folder, recursive: true);
    }

    private static IEnumerable<YamlMappingNode> Load(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return stream.Documents.Select(d => d.RootNode).OfType<YamlMappingNode>();
    }

    /// <summary>The real CLI in-process, with its clock at <paramref name="now"/> (default <see cref="AuditTime"/>).</summary>
    internal static CliRun Run(string[] args, DateTimeOffset? now = null)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = CliApp.RunAsync(args, output, error, errorIsTerminal: false, new FixedTime(now ?? AuditTime)).GetAwaiter().GetResult();
        return new CliRun(code, output.ToString(), error.ToString());
    }

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
