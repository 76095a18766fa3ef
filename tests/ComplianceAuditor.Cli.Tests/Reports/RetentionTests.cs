using System.Text.Json;
using ComplianceAuditor.Cli.Tests.Demo;
using ComplianceAuditor.Reports.Manifest;

namespace ComplianceAuditor.Cli.Tests.Reports;

/// <summary>
/// `audit --keep N --keep-days D` and runs.json, run in-process over the demo cluster at set times
/// into one --out folder, as a nightly CronJob would fill its volume.
/// </summary>
public sealed class RetentionTests : IDisposable
{
    private static readonly DateTimeOffset T = DemoAudit.AuditTime;

    private readonly string root = Directory.CreateTempSubdirectory("retention-").FullName;

    public void Dispose() => Directory.Delete(root, recursive: true);

    [Fact]
    public void Runs_json_lists_each_run_with_the_scores_and_manifest_hash_of_its_folder()
    {
        var first = Audit(T);
        var second = Audit(T.AddHours(1));

        var runs = Runs();
        Assert.Equal([Name(first), Name(second)], runs.Select(r => r.GetProperty("folder").GetString()));
        foreach (var (run, audit) in runs.Zip([first, second]))
        {
            using var results = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(audit.Folder, "results.json")));
            var expected = results.RootElement.GetProperty("frameworks").EnumerateArray()
                .ToDictionary(f => f.GetProperty("id").GetString()!, f => f.GetProperty("score").GetDouble());
            var scores = run.GetProperty("scores").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetDouble());
            Assert.Equal(expected.OrderBy(p => p.Key), scores.OrderBy(p => p.Key));
            Assert.Equal(4, scores.Count);
            Assert.Equal(FileHash.Of(Path.Combine(audit.Folder, "manifest.json")).Sha256, run.GetProperty("manifestSha256").GetString());
            Assert.Contains($"sha256 {run.GetProperty("manifestSha256").GetString()}", audit.Output, StringComparison.Ordinal);
            Assert.EndsWith("cluster.yaml", run.GetProperty("cluster").GetString(), StringComparison.Ordinal);
            Assert.Equal("kept", run.GetProperty("status").GetString());
            Assert.Equal(0, run.GetProperty("exitCode").GetInt32());
        }

        Assert.Equal("2026-11-28T11:00:00Z", runs[1].GetProperty("auditedAt").GetString());
    }

    [Fact]
    public void Keep_two_after_four_runs_leaves_the_two_newest_and_lists_all_four()
    {
        var audits = Enumerable.Range(0, 4).Select(i => Audit(T.AddHours(i), "--keep", "2")).ToList();

        Assert.Equal([Name(audits[2]), Name(audits[3])], RunFolders());
        Assert.Contains($"retention: pruned {audits[0].Folder}", audits[2].Output, StringComparison.Ordinal);
        Assert.Contains($"retention: pruned {audits[1].Folder}", audits[3].Output, StringComparison.Ordinal);
        Assert.DoesNotContain("retention: pruned", audits[1].Output, StringComparison.Ordinal);
        var runs = Runs();
        Assert.Equal(["pruned", "pruned", "kept", "kept"], runs.Select(r => r.GetProperty("status").GetString()));
        Assert.All(runs, r => Assert.Equal(4, r.GetProperty("scores").EnumerateObject().Count()));
        Assert.Equal("2026-11-28T13:00:00Z", runs[1].GetProperty("prunedAt").GetString());
    }

    [Fact]
    public void Keep_days_prunes_the_runs_older_than_that_many_days_before_the_audit_time()
    {
        var old = Audit(T.AddDays(-10));
        var older = Audit(T.AddDays(-5));
        var recent = Audit(T.AddDays(-2));

        var now = Audit(T, "--keep-days", "3");

        Assert.Equal([Name(recent), Name(now)], RunFolders());
        Assert.Contains($"retention: pruned {old.Folder}", now.Output, StringComparison.Ordinal);
        Assert.Contains($"retention: pruned {older.Folder}", now.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_tampered_old_folder_is_kept_reported_and_marked_in_runs_json()
    {
        var tampered = Audit(T);
        var middle = Audit(T.AddHours(1));
        File.AppendAllText(Path.Combine(tampered.Folder, "results.json"), " ");

        var last = Audit(T.AddHours(2), "--keep", "1");

        Assert.Equal(0, last.ExitCode);
        Assert.Equal([Name(tampered), Name(last)], RunFolders());
        Assert.Contains($"NOT pruned {tampered.Folder}", last.Error, StringComparison.Ordinal);
        Assert.Contains("changed: results.json", last.Error, StringComparison.Ordinal);
        Assert.Contains($"retention: pruned {middle.Folder}", last.Output, StringComparison.Ordinal);
        var run = Runs().Single(r => r.GetProperty("folder").GetString() == Name(tampered));
        Assert.Equal("tampered", run.GetProperty("status").GetString());
        Assert.True(run.GetProperty("tampered").GetBoolean());
        Assert.Contains(run.GetProperty("problems").EnumerateArray(), p => p.GetString()!.StartsWith("changed: results.json", StringComparison.Ordinal));
    }

    [Fact]
    public void A_replaced_manifest_is_caught_by_the_hash_runs_json_recorded()
    {
        var first = Audit(T);
        var manifest = Path.Combine(first.Folder, "manifest.json");
        File.WriteAllText(manifest, File.ReadAllText(manifest).Replace("\"kind\": \"audit\"", "\"kind\": \"report\"", StringComparison.Ordinal));

        var last = Audit(T.AddHours(1), "--keep", "1");

        Assert.True(Directory.Exists(first.Folder));
        Assert.Contains("changed: manifest.json: runs.json recorded sha256", last.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void The_run_just_made_is_never_pruned_even_when_an_earlier_run_has_a_later_time()
    {
        var later = Audit(T.AddHours(5));

        var now = Audit(T, "--keep", "1", "--keep-days", "1");

        Assert.Equal([Name(now), Name(later)], RunFolders());
        Assert.DoesNotContain("retention: pruned", now.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_without_manifest_is_left_in_place_and_reported()
    {
        var failed = Path.Combine(root, "audit-2026-01-01T00-00-00Z");
        Directory.CreateDirectory(failed);
        File.WriteAllText(Path.Combine(failed, "results.json"), "{}");

        var now = Audit(T, "--keep", "1");

        Assert.True(Directory.Exists(failed));
        Assert.Contains($"left {failed} in place", now.Error, StringComparison.Ordinal);
        Assert.Equal("incomplete", Runs().Single(r => r.GetProperty("folder").GetString() == Path.GetFileName(failed)).GetProperty("status").GetString());
    }

    [Fact]
    public void A_completed_audit_below_its_threshold_still_prunes_and_records_exit_1()
    {
        var first = Audit(T);

        var below = Audit(T.AddHours(1), "--fail-under", "100", "--keep", "1");

        Assert.Equal(1, below.ExitCode);
        Assert.Equal([Name(below)], RunFolders());
        Assert.Contains($"retention: pruned {first.Folder}", below.Output, StringComparison.Ordinal);
        Assert.Equal(1, Runs()[1].GetProperty("exitCode").GetInt32());
    }

    [Fact]
    public void A_run_that_fails_prunes_nothing_and_leaves_runs_json_alone()
    {
        var first = Audit(T);
        var index = File.ReadAllText(Path.Combine(root, "runs.json"));

        var failed = Audit(T.AddDays(30), "--keep", "1", "--scope", Path.Combine(root, "no-such-scope.yaml"));

        Assert.Equal(2, failed.ExitCode);
        Assert.Equal([Name(first)], RunFolders());
        Assert.Equal(index, File.ReadAllText(Path.Combine(root, "runs.json")));
    }

    [Theory]
    [InlineData("--keep", "0")]
    [InlineData("--keep", "-2")]
    [InlineData("--keep-days", "0")]
    [InlineData("--keep", "two")]
    [InlineData("--keep-days", "1.5")]
    [InlineData("--fail-under", "abc")]
    public void A_retention_value_below_one_or_any_number_that_is_not_one_is_a_usage_error(string option, string value)
    {
        var run = Audit(T, option, value);

        Assert.Equal(3, run.ExitCode);
        Assert.Contains(option, run.Error, StringComparison.Ordinal);
        Assert.Empty(RunFolders());
    }

    [Fact]
    public void A_corrupt_runs_json_is_reported_and_rebuilt_from_the_run_folders()
    {
        var first = Audit(T);
        var second = Audit(T.AddHours(1));
        File.WriteAllText(Path.Combine(root, "runs.json"), "{ \"schemaVersion\": \"1.0\", \"runs\": [ { \"folder\": ");

        var third = Audit(T.AddHours(2));

        Assert.Equal(0, third.ExitCode);
        Assert.Contains("runs.json: not a readable runs.json", third.Error, StringComparison.Ordinal);
        var runs = Runs();
        Assert.Equal([Name(first), Name(second), Name(third)], runs.Select(r => r.GetProperty("folder").GetString()));
        Assert.Equal(JsonValueKind.Null, runs[0].GetProperty("exitCode").ValueKind);
        Assert.Equal(0, runs[2].GetProperty("exitCode").GetInt32());
        Assert.Equal(4, runs[0].GetProperty("scores").EnumerateObject().Count());
    }

    private static string Name(AuditRun run) => Path.GetFileName(run.Folder);

    private AuditRun Audit(DateTimeOffset at, params string[] extra)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        string[] args = ["audit", "--demo", "--format", "json", "--out", root, .. extra];
        var code = CliApp.RunAsync(args, output, error, errorIsTerminal: false, new SetTime(at)).GetAwaiter().GetResult();
        var folder = Path.Combine(root, "audit-" + at.UtcDateTime.ToString("yyyy-MM-dd'T'HH-mm-ss'Z'", System.Globalization.CultureInfo.InvariantCulture));
        return new AuditRun(code, output.ToString(), error.ToString(), folder);
    }

    private List<string> RunFolders() =>
        [.. Directory.EnumerateDirectories(root).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal)];

    private List<JsonElement> Runs()
    {
        using var index = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(root, "runs.json")));
        return [.. index.RootElement.GetProperty("runs").EnumerateArray().Select(r => r.Clone())];
    }

    private sealed record AuditRun(int ExitCode, string Output, string Error, string Folder);

    private sealed class SetTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
