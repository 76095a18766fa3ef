using System.Text.Json;
using ComplianceAuditor.TestSupport.Golden;
using YamlDotNet.RepresentationModel;

namespace ComplianceAuditor.Cli.Tests.Deploy;

/// <summary>
/// Renders deploy/overlays/pci, writes it beside a small cluster dump and runs `audit` and
/// `reach --format json` in-process over both, as a team would in CI before applying it.
/// </summary>
public sealed class DogfoodRun : IDisposable
{
    /// <summary>A day after the policies' reviewed-at date, so the review checks see a fresh review.</summary>
    public static readonly DateTimeOffset AuditTime = new(2026, 11, 30, 2, 30, 0, TimeSpan.Zero);

    public DogfoodRun()
    {
        Folder = Path.Combine(Path.GetTempPath(), $"dogfood-{Guid.NewGuid():N}");
        Directory.CreateDirectory(Folder);
        Rendered = Kustomize.Render(Path.Combine(RepositoryPaths.Root, "deploy", "overlays", "pci"));
        var deployFile = Path.Combine(Folder, "deploy.yaml");
        var clusterFile = Path.Combine(Folder, "cluster.yaml");
        File.WriteAllText(deployFile, Rendered);
        File.WriteAllText(clusterFile, ClusterDump.Yaml);
        Documents = [.. Load(Rendered)];

        Audit = Run(["audit", deployFile, clusterFile, "--out", Path.Combine(Folder, "reports"), "--format", "json"]);
        var resultsPath = Audit.Output.Split('\n').Select(l => l.TrimEnd('\r'))
            .Last(l => l.StartsWith("results: ", StringComparison.Ordinal))["results: ".Length..];
        Results = JsonDocument.Parse(File.ReadAllBytes(resultsPath));

        Reach = Run(["reach", deployFile, clusterFile, "--format", "json"]);
        Connectivity = JsonDocument.Parse(Reach.Output);
    }

    public string Folder { get; }

    /// <summary>`kubectl kustomize deploy/overlays/pci`, verbatim.</summary>
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

    private static CliRun Run(string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = CliApp.RunAsync(args, output, error, errorIsTerminal: false, new FixedTime(AuditTime)).GetAwaiter().GetResult();
        return new CliRun(code, output.ToString(), error.ToString());
    }

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
