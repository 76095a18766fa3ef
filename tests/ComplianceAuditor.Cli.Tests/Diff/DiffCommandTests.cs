using System.Text.Json;
using System.Text.Json.Nodes;
using ComplianceAuditor.TestSupport.Golden;
using Json.Schema;

namespace ComplianceAuditor.Cli.Tests.Diff;

/// <summary>`diff` on two golden runs of the demo cluster, and the ways it refuses input.</summary>
public sealed class DiffCommandTests(DiffRuns runs) : IClassFixture<DiffRuns>
{
    private static readonly Lazy<JsonSchema> Schema = new(() =>
        JsonSchema.FromFile(Path.Combine(RepositoryPaths.Root, "controls", "schema", "diff.schema.json")));

    [Fact]
    public void Text_output_matches_the_golden_and_exits_1_for_the_new_critical_finding()
    {
        var result = DiffRuns.Diff(runs.RunA, runs.RunB);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(string.Empty, result.Error);
        Assert.Null(GoldenFile.Compare(Path.Combine(DiffRuns.Folder, "diff.txt"), result.Output));
    }

    [Fact]
    public void Json_output_matches_the_golden_and_is_valid_under_the_diff_schema()
    {
        var result = DiffRuns.Diff(runs.RunA, runs.RunB, "--format", "json");

        Assert.Equal(1, result.ExitCode);
        Assert.Null(GoldenFile.Compare(Path.Combine(DiffRuns.Folder, "diff.json"), result.Output));
        Assert.True(Validate(result.Output), "diff --format json is not valid under controls/schema/diff.schema.json");
    }

    [Fact]
    public void The_changes_made_to_run_B_are_what_the_diff_reports()
    {
        using var json = JsonDocument.Parse(DiffRuns.Diff(runs.RunA, runs.RunB, "--format", "json").Output);
        var root = json.RootElement;

        var added = Assert.Single(root.GetProperty("policies").GetProperty("added").EnumerateArray());
        Assert.Equal("payments/allow-all-ingress", $"{added.GetProperty("namespace").GetString()}/{added.GetProperty("name").GetString()}");
        var modified = Assert.Single(root.GetProperty("policies").GetProperty("modified").EnumerateArray());
        Assert.Equal("allow-ehr-postgres", modified.GetProperty("name").GetString());
        Assert.Contains(root.GetProperty("newFailing").EnumerateArray(), f => f.GetProperty("severity").GetString() == "critical" && f.GetProperty("subject").GetString() == "namespace payments");
        Assert.Contains(root.GetProperty("resolved").EnumerateArray(), f => f.GetProperty("check").GetString() == "data-store-isolation" && f.GetProperty("resolution").GetString() == "pass");
    }

    [Fact]
    public void A_run_compared_with_itself_shows_no_change_and_exits_0()
    {
        var text = DiffRuns.Diff(runs.RunA, runs.RunA);
        using var json = JsonDocument.Parse(DiffRuns.Diff(runs.RunA, Path.Combine(runs.RunA, "results.json"), "--format", "json").Output);

        Assert.Equal(0, text.ExitCode);
        Assert.Contains("new failing: 0 (0 critical or high), resolved: 0, no longer evaluated: 0, gone from B: 0, still open: 17, frameworks with score changes: 0, policies: 0 added, 0 removed, 0 modified", text.Output, StringComparison.Ordinal);
        var summary = json.RootElement.GetProperty("summary");
        Assert.Equal((0, 0, 0, 0), (summary.GetProperty("newFailing").GetInt32(), summary.GetProperty("resolved").GetInt32(), summary.GetProperty("frameworksChanged").GetInt32(), summary.GetProperty("policiesModified").GetInt32()));
    }

    [Fact]
    public void A_tampered_run_folder_is_refused_naming_the_changed_file()
    {
        var tampered = runs.Copy(runs.RunB, "tampered");
        File.AppendAllText(Path.Combine(tampered, "summary.md"), "edited\n");

        var result = DiffRuns.Diff(runs.RunA, tampered);
        var byResults = DiffRuns.Diff(Path.Combine(tampered, "results.json"), runs.RunB);

        Assert.Equal((2, 2), (result.ExitCode, byResults.ExitCode));
        Assert.Contains("RUN_A", byResults.Error, StringComparison.Ordinal);
        Assert.Contains("changed: summary.md", byResults.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, result.Output);
        Assert.Contains("RUN_B", result.Error, StringComparison.Ordinal);
        Assert.Contains("NOT INTACT", result.Error, StringComparison.Ordinal);
        Assert.Contains("changed: summary.md", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_results_json_of_schema_1_0_is_compared_but_its_policies_are_not()
    {
        var old = JsonNode.Parse(File.ReadAllText(Path.Combine(runs.RunA, "results.json")))!;
        old["schemaVersion"] = "1.0";
        old["input"]!.AsObject().Remove("policyInventory");
        var path = Path.Combine(runs.OutDir, "results-1.0.json");
        File.WriteAllText(path, old.ToJsonString());

        var text = DiffRuns.Diff(path, runs.RunB);
        using var json = JsonDocument.Parse(DiffRuns.Diff(path, runs.RunB, "--format", "json").Output);

        Assert.Equal(1, text.ExitCode);
        Assert.Contains("policy changes could not be compared: run A does not record its policies", text.Output, StringComparison.Ordinal);
        Assert.Contains("policies: not comparable", text.Output, StringComparison.Ordinal);
        Assert.False(json.RootElement.GetProperty("policies").GetProperty("comparable").GetBoolean());
        Assert.True(Validate(json.RootElement.GetRawText()));
    }

    [Fact]
    public void A_finding_that_is_no_longer_evaluated_is_not_reported_as_resolved()
    {
        var changed = JsonNode.Parse(File.ReadAllText(Path.Combine(runs.RunA, "results.json")))!;
        var finding = changed["frameworks"]!.AsArray().SelectMany(f => f!["controls"]!.AsArray())
            .SelectMany(c => c!["checks"]!.AsArray()).SelectMany(c => c!["findings"]!.AsArray())
            .First(f => (string?)f!["status"] == "fail" && (string?)f!["subject"] == "namespace patient-records")!;
        finding["status"] = "not-evaluated";
        var path = Path.Combine(runs.OutDir, "not-evaluated.json");
        File.WriteAllText(path, changed.ToJsonString());

        var result = DiffRuns.Diff(runs.RunA, path);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("resolved: 0, no longer evaluated: 1,", result.Output, StringComparison.Ordinal);
        Assert.Contains("no longer evaluated (failing in A, not evaluated in B: NOT fixed, only no longer seen): 1", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Failing_findings_whose_control_or_framework_is_gone_from_b_are_not_resolved()
    {
        var changed = JsonNode.Parse(File.ReadAllText(Path.Combine(runs.RunA, "results.json")))!;
        var frameworks = changed["frameworks"]!.AsArray();
        var dropped = frameworks.First(f => FailingIn(f!) > 0)!;
        var droppedFailing = FailingIn(dropped);
        frameworks.Remove(dropped);
        var path = Path.Combine(runs.OutDir, "framework-gone.json");
        File.WriteAllText(path, changed.ToJsonString());

        var text = DiffRuns.Diff(runs.RunA, path);
        using var json = JsonDocument.Parse(DiffRuns.Diff(runs.RunA, path, "--format", "json").Output);

        Assert.Contains($"resolved: 0, no longer evaluated: 0, gone from B: {droppedFailing},", text.Output, StringComparison.Ordinal);
        Assert.Contains($"gone from B (failing in A, no counterpart in B: not comparable, NOT counted as resolved): {droppedFailing}", text.Output, StringComparison.Ordinal);
        Assert.Contains(": the framework is not in B", text.Output, StringComparison.Ordinal);
        Assert.Equal((0, droppedFailing), (json.RootElement.GetProperty("summary").GetProperty("resolved").GetInt32(), json.RootElement.GetProperty("summary").GetProperty("goneFromB").GetInt32()));
        Assert.All(json.RootElement.GetProperty("goneFromB").EnumerateArray(), f => Assert.Equal("framework-gone", f.GetProperty("resolution").GetString()));
        Assert.True(Validate(DiffRuns.Diff(runs.RunA, path, "--format", "json").Output));
    }

    [Fact]
    public void Cluster_values_are_escaped_in_the_text_output()
    {
        var changed = JsonNode.Parse(File.ReadAllText(Path.Combine(runs.RunA, "results.json")))!;
        var finding = changed["frameworks"]!.AsArray().SelectMany(f => f!["controls"]!.AsArray())
            .SelectMany(c => c!["checks"]!.AsArray()).SelectMany(c => c!["findings"]!.AsArray())
            .First(f => (string?)f!["status"] == "fail")!;
        finding["subject"] = "namespace evil\u001b[2J\nforged line";
        finding["message"] = "evil\rmessage";
        var path = Path.Combine(runs.OutDir, "escaped.json");
        File.WriteAllText(path, changed.ToJsonString());

        var result = DiffRuns.Diff(runs.RunA, path);

        Assert.DoesNotContain('\u001b', result.Output);
        Assert.DoesNotContain('\r', result.Output);
        Assert.Contains("namespace evil\\u001b[2J\\u000aforged line (not in A)", result.Output, StringComparison.Ordinal);
        Assert.Contains("evil\\u000dmessage", result.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("diff")]
    [InlineData("diff", "only-one")]
    [InlineData("diff", "a", "b", "--format", "xml")]
    [InlineData("diff", "a", "b", "c")]
    public void Usage_errors_exit_3(params string[] args)
    {
        var result = CliRunner.Run(args);

        Assert.Equal(3, result.ExitCode);
        Assert.Contains("error:", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_run_that_does_not_exist_or_is_not_results_exits_2()
    {
        var missing = DiffRuns.Diff(Path.Combine(runs.OutDir, "nope"), runs.RunB);
        var notResults = DiffRuns.Diff(Path.Combine(runs.RunA, "manifest.json"), runs.RunB);

        Assert.Equal((2, 2), (missing.ExitCode, notResults.ExitCode));
        Assert.Contains("no such run folder or results.json", missing.Error, StringComparison.Ordinal);
        Assert.Contains("not an audit's results.json", notResults.Error, StringComparison.Ordinal);
    }

    private static int FailingIn(JsonNode framework) => framework["controls"]!.AsArray()
        .SelectMany(c => c!["checks"]!.AsArray()).SelectMany(c => c!["findings"]!.AsArray())
        .Count(f => (string?)f!["status"] == "fail");

    private static bool Validate(string json)
    {
        using var document = JsonDocument.Parse(json);
        return Schema.Value.Evaluate(document.RootElement).IsValid;
    }
}
