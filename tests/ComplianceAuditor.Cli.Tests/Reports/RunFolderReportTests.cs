using ComplianceAuditor.Cli.Tests.Demo;
using ComplianceAuditor.Reports.Rendering;

namespace ComplianceAuditor.Cli.Tests.Reports;

/// <summary>`audit` fills its run folder (results.json, the reports, manifest.json) and `verify` proves it untouched.</summary>
public sealed class RunFolderReportTests(DemoAudit demo) : IClassFixture<DemoAudit>
{
    [Fact]
    public void The_manifest_lists_every_file_of_the_folder_with_its_size_and_sha256()
    {
        var folder = Path.GetDirectoryName(demo.First.ResultsPath)!;
        var listed = RunFolderFiles.Listed(folder);

        Assert.Equal(0, demo.First.ExitCode);
        Assert.Equal(RunFolderFiles.Expected(ReportRenderers.All), RunFolderFiles.Names(folder));
        Assert.Equal(RunFolderFiles.Names(folder), new SortedSet<string>(listed.Keys, StringComparer.Ordinal));
        foreach (var (name, (bytes, sha256)) in listed)
        {
            var path = Path.Combine(folder, name);
            Assert.Equal(new FileInfo(path).Length, bytes);
            Assert.Equal(RunFolderFiles.Sha256(path), sha256);
        }

        Assert.Equal(RunFolderFiles.Sha256(Path.Combine(folder, "manifest.json")), RunFolderFiles.PrintedManifestSha256(demo.First.Output));
    }

    [Fact]
    public void The_manifest_holds_the_sha256_of_the_input_and_of_every_catalog_and_waiver_file_read()
    {
        var folder = Path.GetDirectoryName(demo.First.ResultsPath)!;
        using var manifest = RunFolderFiles.Manifest(folder);
        var root = manifest.RootElement;
        var inputs = root.GetProperty("inputs").EnumerateArray()
            .Select(i => (Role: i.GetProperty("role").GetString(), Path: i.GetProperty("path").GetString()!, Sha256: i.GetProperty("sha256").GetString())).ToList();
        var audited = demo.Results.RootElement.GetProperty("input").GetProperty("files")[0];

        Assert.Equal("1.0", root.GetProperty("schemaVersion").GetString());
        Assert.Equal("audit", root.GetProperty("kind").GetString());
        Assert.Equal("2026-11-28T10:00:00Z", root.GetProperty("auditedAt").GetString());
        Assert.Contains(("input", audited.GetProperty("path").GetString()!, audited.GetProperty("sha256").GetString()), inputs);
        var catalogs = inputs.Where(i => i.Role == "catalog").ToList();
        Assert.Equal(["cis-kubernetes-5.3.yaml", "hipaa-security-rule.yaml", "nist-800-53-rev5.yaml", "pci-dss-4.0.1.yaml"], catalogs.Select(c => Path.GetFileName(c.Path)));
        Assert.All(catalogs, c => Assert.Equal(RunFolderFiles.Sha256(c.Path), c.Sha256));
        var waivers = Assert.Single(inputs, i => i.Role == "waivers");
        Assert.Equal(RunFolderFiles.Sha256(waivers.Path), waivers.Sha256);
    }

    [Fact]
    public void Verify_passes_on_an_untouched_folder_and_checks_the_recorded_manifest_hash()
    {
        var folder = Path.GetDirectoryName(demo.First.ResultsPath)!;
        var sha256 = RunFolderFiles.PrintedManifestSha256(demo.First.Output);

        var plain = CliRunner.Run("verify", folder);
        var pinned = CliRunner.Run("verify", folder, "--manifest-sha256", sha256.ToUpperInvariant());
        var wrong = CliRunner.Run("verify", folder, "--manifest-sha256", new string('0', 64));

        Assert.Equal((0, string.Empty), (plain.ExitCode, plain.Error));
        Assert.Contains($"manifest.json sha256 {sha256}", plain.Output, StringComparison.Ordinal);
        Assert.Contains("verify: intact", plain.Output, StringComparison.Ordinal);
        Assert.Equal(0, pinned.ExitCode);
        Assert.Equal(1, wrong.ExitCode);
        Assert.Contains($"changed: manifest.json: expected sha256 {new string('0', 64)} (--manifest-sha256), found {sha256}", wrong.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_names_a_file_in_which_one_byte_changed()
    {
        var folder = NewRun();
        var path = Path.Combine(folder, "results.json");
        var bytes = File.ReadAllBytes(path);
        var at = Array.IndexOf(bytes, (byte)'7');
        bytes[at] = (byte)'8';
        File.WriteAllBytes(path, bytes);

        var result = CliRunner.Run("verify", folder);

        Assert.Equal(1, result.ExitCode);
        var problem = Assert.Single(result.Output.Split('\n'), l => l.StartsWith("changed: ", StringComparison.Ordinal));
        Assert.StartsWith($"changed: results.json: expected {bytes.Length} bytes", problem, StringComparison.Ordinal);
        Assert.EndsWith($"found {bytes.Length} bytes, sha256 {RunFolderFiles.Sha256(path)}", problem, StringComparison.Ordinal);
        Assert.Contains("verify: NOT INTACT: 1 problem(s)", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_reports_a_deleted_file_and_an_added_one()
    {
        var deleted = NewRun();
        File.Delete(Path.Combine(deleted, "results.json"));
        var added = NewRun();
        Directory.CreateDirectory(Path.Combine(added, "extra"));
        File.WriteAllText(Path.Combine(added, "extra", "notes.txt"), "not part of the run");

        var missing = CliRunner.Run("verify", deleted);
        var unexpected = CliRunner.Run("verify", added);

        Assert.Equal(1, missing.ExitCode);
        Assert.Contains("missing: results.json\n", missing.Output, StringComparison.Ordinal);
        Assert.Equal(1, unexpected.ExitCode);
        Assert.Contains("unexpected: extra/notes.txt (not in the manifest)\n", unexpected.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("changed:", unexpected.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_exits_2_when_the_manifest_is_missing_or_not_a_manifest()
    {
        var gone = NewRun();
        File.Delete(Path.Combine(gone, "manifest.json"));
        var broken = NewRun();
        var manifest = Path.Combine(broken, "manifest.json");
        File.WriteAllText(manifest, File.ReadAllText(manifest).Replace("\"kind\"", "\"sort\"", StringComparison.Ordinal));
        var escaping = NewRun();
        manifest = Path.Combine(escaping, "manifest.json");
        File.WriteAllText(manifest, File.ReadAllText(manifest).Replace("\"name\": \"results.json\"", "\"name\": \"../../results.json\"", StringComparison.Ordinal));

        var missing = CliRunner.Run("verify", gone);
        var unreadable = CliRunner.Run("verify", broken);
        var outside = CliRunner.Run("verify", escaping);

        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("manifest.json: missing", missing.Error, StringComparison.Ordinal);
        Assert.Equal(2, unreadable.ExitCode);
        Assert.Matches(@"manifest\.json:\d+:\d+: not a run manifest", unreadable.Error);
        Assert.Equal(2, outside.ExitCode);
        Assert.Contains("file name '../../results.json' is not a plain path inside the run folder", outside.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_audits_of_the_same_input_at_the_same_time_write_byte_identical_results_and_manifest()
    {
        var first = NewRun();
        var second = NewRun();

        Assert.NotEqual(first, second);
        Assert.Equal(File.ReadAllBytes(Path.Combine(first, "results.json")), File.ReadAllBytes(Path.Combine(second, "results.json")));
        Assert.Equal(File.ReadAllBytes(Path.Combine(first, "manifest.json")), File.ReadAllBytes(Path.Combine(second, "manifest.json")));
        foreach (var renderer in ReportRenderers.All)
        {
            Assert.Equal(File.ReadAllBytes(Path.Combine(first, renderer.FileName)), File.ReadAllBytes(Path.Combine(second, renderer.FileName)));
        }
    }

    [Fact]
    public void No_temporary_file_is_left_in_any_run_folder()
    {
        NewRun();

        Assert.Empty(Directory.EnumerateFiles(demo.OutDir, "*.tmp", SearchOption.AllDirectories));
    }

    private string NewRun()
    {
        var run = demo.Run();
        Assert.Equal(0, run.ExitCode);
        return Path.GetDirectoryName(run.ResultsPath)!;
    }
}
