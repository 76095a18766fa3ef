using System.Globalization;
using ComplianceAuditor.Cli.Commands;
using ComplianceAuditor.Cli.Tests.Demo;
using ComplianceAuditor.Reports.Rendering;

namespace ComplianceAuditor.Cli.Tests.Reports;

/// <summary>
/// The run folder plumbing with stand-in renderers: reports are rendered from results.json read
/// back, listed in the manifest, and a renderer that fails leaves neither its file nor a manifest.
/// </summary>
public sealed class RunFolderWriterTests(DemoAudit demo) : IClassFixture<DemoAudit>, IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("run-folder-writer-").FullName;

    public void Dispose() => Directory.Delete(root, recursive: true);

    [Fact]
    public void Reports_are_rendered_from_results_json_read_back_and_listed_in_the_manifest()
    {
        var templates = Directory.CreateDirectory(Path.Combine(root, "templates")).FullName;
        IReportRenderer[] renderers = [new FakeRenderer("pdf", "report.pdf"), new FakeRenderer("md", "summary.md")];
        var (code, folder, console) = Write(renderers, templates);

        var frameworks = demo.Results.RootElement.GetProperty("frameworks").EnumerateArray()
            .Select(f => $"{f.GetProperty("id").GetString()} {f.GetProperty("score").GetDouble().ToString(CultureInfo.InvariantCulture)}");
        var expected = $"audited 2026-11-28T10:00:00.0000000+00:00\n{string.Join('\n', frameworks)}\ntemplates {templates}\ninventory -\n";

        Assert.NotNull(code);
        Assert.Equal(string.Empty, console.Error.ToString());
        Assert.Equal(expected, File.ReadAllText(Path.Combine(folder, "summary.md")));
        Assert.Equal(expected, File.ReadAllText(Path.Combine(folder, "report.pdf")));
        Assert.Equal(RunFolderFiles.Expected(renderers), new SortedSet<string>(RunFolderFiles.Listed(folder).Keys, StringComparer.Ordinal));
        Assert.Equal(RunFolderFiles.Sha256(Path.Combine(folder, "manifest.json")), code);
        Assert.Equal(0, CliRunner.Run("verify", folder).ExitCode);
    }

    [Fact]
    public void A_failing_renderer_leaves_no_partial_file_no_temporary_file_and_no_manifest()
    {
        IReportRenderer[] renderers = [new FakeRenderer("pdf", "report.pdf"), new FakeRenderer("xlsx", "report.xlsx", fail: true), new FakeRenderer("md", "summary.md")];
        var (code, folder, console) = Write(renderers, null);

        Assert.Null(code);
        Assert.Contains("error: the xlsx report (report.xlsx) could not be rendered: the fake renderer failed half way", console.Error.ToString(), StringComparison.Ordinal);
        Assert.Contains($"error: {folder} is incomplete: it has no report.xlsx and no manifest.json", console.Error.ToString(), StringComparison.Ordinal);
        Assert.Equal(new SortedSet<string>([".run", "report.pdf", "results.json"], StringComparer.Ordinal), RunFolderFiles.Names(folder));
        Assert.False(File.Exists(Path.Combine(folder, "manifest.json")));
        Assert.Equal(2, CliRunner.Run("verify", folder).ExitCode);
    }

    [Fact]
    public void A_renderer_failure_quoting_cluster_text_cannot_forge_a_line()
    {
        IReportRenderer[] renderers = [new FakeRenderer("pdf", "report.pdf", fail: true, failure: "label 'x\nserve: prod: finished exit 0 in 1.0s -> /reports/fake' is too long")];
        var (code, _, console) = Write(renderers, null);

        var lines = console.Error.ToString()!.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Null(code);
        Assert.All(lines, l => Assert.StartsWith("error: ", l, StringComparison.Ordinal));
        Assert.Contains("label 'x\\u000aserve: prod: finished exit 0 in 1.0s -> /reports/fake' is too long", lines[0], StringComparison.Ordinal);
    }

    private (string? ManifestSha256, string Folder, CliConsole Console) Write(IReportRenderer[] renderers, string? templates)
    {
        var console = new CliConsole(new StringWriter(), new StringWriter(), false, TimeProvider.System);
        var folder = RunFolder.Create(root, RunFolderFiles.Time);
        var results = File.ReadAllBytes(demo.First.ResultsPath);
        var output = new RunOutput("audit", RunFolderFiles.Time, renderers, templates, null, []);
        return (RunFolderWriter.Write(folder, stream => stream.Write(results), output, console), folder, console);
    }
}
