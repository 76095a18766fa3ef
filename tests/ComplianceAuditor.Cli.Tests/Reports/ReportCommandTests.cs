using ComplianceAuditor.Cli.Tests.Demo;
using ComplianceAuditor.Reports.Rendering;

namespace ComplianceAuditor.Cli.Tests.Reports;

/// <summary>`report --from results.json` renders an earlier run again, without the cluster, into a new run folder.</summary>
public sealed class ReportCommandTests(DemoAudit demo) : IClassFixture<DemoAudit>, IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("report-command-").FullName;

    public void Dispose() => Directory.Delete(root, recursive: true);

    [Fact]
    public void An_earlier_results_json_is_rendered_into_a_new_report_folder_with_a_manifest()
    {
        var run = RunFolderFiles.Run("report", "--from", demo.First.ResultsPath, "--out", root);
        var folder = Path.Combine(root, "report-2026-11-28T10-00-00Z");
        using var manifest = RunFolderFiles.Manifest(folder);
        var inputs = manifest.RootElement.GetProperty("inputs").EnumerateArray().ToList();
        var results = Assert.Single(inputs, i => i.GetProperty("role").GetString() == "results");

        Assert.Equal((0, string.Empty), (run.ExitCode, run.Error));
        Assert.Equal(File.ReadAllBytes(demo.First.ResultsPath), File.ReadAllBytes(Path.Combine(folder, "results.json")));
        Assert.Equal(RunFolderFiles.Expected(ReportRenderers.All), RunFolderFiles.Names(folder));
        Assert.Equal("report", manifest.RootElement.GetProperty("kind").GetString());
        Assert.Equal("2026-11-28T10:00:00Z", manifest.RootElement.GetProperty("auditedAt").GetString());
        Assert.Equal(demo.First.ResultsPath, results.GetProperty("path").GetString());
        Assert.Equal(RunFolderFiles.Sha256(demo.First.ResultsPath), results.GetProperty("sha256").GetString());
        Assert.Contains(inputs, i => i.GetProperty("role").GetString() == "input");
        Assert.Equal(RunFolderFiles.Sha256(Path.Combine(folder, "manifest.json")), RunFolderFiles.PrintedManifestSha256(run.Output));
        Assert.Equal(0, CliRunner.Run("verify", folder).ExitCode);
    }

    [Fact]
    public void The_audited_input_given_as_inventory_is_hashed_into_the_manifest()
    {
        var audited = demo.Results.RootElement.GetProperty("input").GetProperty("files")[0].GetProperty("path").GetString()!;

        var run = RunFolderFiles.Run("report", "--from", demo.First.ResultsPath, "--from", audited, "--format", "json", "--out", root);
        using var manifest = RunFolderFiles.Manifest(Path.Combine(root, "report-2026-11-28T10-00-00Z"));
        var inventory = Assert.Single(manifest.RootElement.GetProperty("inputs").EnumerateArray(), i => i.GetProperty("role").GetString() == "inventory");

        Assert.Equal((0, string.Empty), (run.ExitCode, run.Error));
        Assert.Equal(audited, inventory.GetProperty("path").GetString());
        Assert.Equal(RunFolderFiles.Sha256(audited), inventory.GetProperty("sha256").GetString());
    }

    [Fact]
    public void Inventory_that_is_not_the_audited_input_is_reported()
    {
        var other = Path.Combine(root, "other.yaml");
        File.WriteAllText(other, "apiVersion: v1\nkind: Namespace\nmetadata:\n  name: other\n");

        var run = RunFolderFiles.Run("report", "--from", demo.First.ResultsPath, "--from", other, "--out", root);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("warning: the inventory input is not what results.json records as audited", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_results_file_that_is_not_an_audits_results_is_refused_with_its_line_and_nothing_is_written()
    {
        var bad = Path.Combine(root, "results.json");
        File.WriteAllText(bad, File.ReadAllText(demo.First.ResultsPath).Replace("\"auditedAt\"", "\"auditedOn\"", StringComparison.Ordinal));

        var run = RunFolderFiles.Run("report", "--from", bad, "--out", Path.Combine(root, "out"));

        Assert.Equal(2, run.ExitCode);
        Assert.Matches($@"error: {System.Text.RegularExpressions.Regex.Escape(bad)}:\d+:\d+: not an audit's results\.json", run.Error);
        Assert.False(Directory.Exists(Path.Combine(root, "out")));
    }

    [Fact]
    public void Report_needs_a_results_file_and_takes_only_valid_formats()
    {
        Assert.Equal(3, RunFolderFiles.Run("report", "--out", root).ExitCode);
        Assert.Equal(3, RunFolderFiles.Run("report", "--from", demo.First.ResultsPath, "--format", "docx", "--out", root).ExitCode);
        Assert.Empty(Directory.GetDirectories(root));
    }
}
