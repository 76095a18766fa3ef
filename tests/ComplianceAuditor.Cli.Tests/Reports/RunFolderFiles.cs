using System.Security.Cryptography;
using System.Text.Json;
using ComplianceAuditor.Reports.Rendering;

namespace ComplianceAuditor.Cli.Tests.Reports;

/// <summary>Reads a run folder independently of the code under test: its files, their hashes, its manifest.</summary>
internal static class RunFolderFiles
{
    public static readonly DateTimeOffset Time = new(2026, 11, 28, 10, 0, 0, TimeSpan.Zero);

    /// <summary>Every file but manifest.json, relative, '/'-separated.</summary>
    public static SortedSet<string> Names(string folder) =>
        new(Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Select(p => Path.GetRelativePath(folder, p).Replace('\\', '/'))
            .Where(n => n != "manifest.json"), StringComparer.Ordinal);

    /// <summary>What a run folder must hold for these formats: the claim file, results.json, one file per report.</summary>
    public static SortedSet<string> Expected(IEnumerable<IReportRenderer> renderers) =>
        new([".run", "results.json", .. renderers.Select(r => r.FileName)], StringComparer.Ordinal);

    public static string Sha256(string path) => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)));

    public static JsonDocument Manifest(string folder) => JsonDocument.Parse(File.ReadAllBytes(Path.Combine(folder, "manifest.json")));

    /// <summary>The manifest's "files" as name → (bytes, sha256).</summary>
    public static Dictionary<string, (long Bytes, string Sha256)> Listed(string folder)
    {
        using var manifest = Manifest(folder);
        return manifest.RootElement.GetProperty("files").EnumerateArray().ToDictionary(
            f => f.GetProperty("name").GetString()!,
            f => (f.GetProperty("bytes").GetInt64(), f.GetProperty("sha256").GetString()!),
            StringComparer.Ordinal);
    }

    /// <summary>The sha256 the run printed for its manifest.</summary>
    public static string PrintedManifestSha256(string output) =>
        output.Split('\n').Single(l => l.StartsWith("manifest: ", StringComparison.Ordinal)).Split(" sha256 ")[1].Trim();

    /// <summary>The results.json a run printed (`results: PATH`).</summary>
    public static string ResultsPath(string output) =>
        output.Split('\n').Single(l => l.StartsWith("results: ", StringComparison.Ordinal))["results: ".Length..].Split(" (copied", 2)[0].Trim();

    /// <summary>Runs the CLI in-process at <see cref="Time"/>.</summary>
    public static CliRunner.Result Run(params string[] args) => RunAt(Time, args);

    /// <summary>Runs the CLI in-process at <paramref name="time"/>.</summary>
    public static CliRunner.Result RunAt(DateTimeOffset time, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = CliApp.RunAsync(args, output, error, errorIsTerminal: false, new FixedTime(time)).GetAwaiter().GetResult();
        return new CliRunner.Result(code, output.ToString(), error.ToString());
    }

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
