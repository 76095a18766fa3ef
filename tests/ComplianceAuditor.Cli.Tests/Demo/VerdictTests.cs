using System.Text.Json.Nodes;

namespace ComplianceAuditor.Cli.Tests.Demo;

/// <summary>
/// Exit codes of `audit`: --baseline exits 1 only for a critical control failing now that did not
/// fail then; a baseline or waiver file that cannot be read is bad input (2), found before any run
/// folder is written.
/// </summary>
public sealed class VerdictTests(DemoAudit audit) : IClassFixture<DemoAudit>, IDisposable
{
    private readonly string scratch = Directory.CreateTempSubdirectory("verdict-").FullName;

    public void Dispose() => Directory.Delete(scratch, recursive: true);

    private string Write(string name, string text)
    {
        var path = Path.Combine(scratch, name);
        File.WriteAllText(path, text);
        return path;
    }

    private JsonNode Baseline() => JsonNode.Parse(File.ReadAllText(audit.First.ResultsPath))!;

    /// <summary>The critical controls failing in the demo run, as (framework index, control index, key).</summary>
    private List<(int Framework, int Control, string Key)> FailingCritical()
    {
        var frameworks = Baseline()["frameworks"]!.AsArray();
        return [.. frameworks.SelectMany((f, i) => f!["controls"]!.AsArray()
            .Select((c, j) => (c, j))
            .Where(x => (string?)x.c!["severity"] == "critical" && (string?)x.c!["status"] == "fail")
            .Select(x => (i, x.j, $"{(string?)f!["id"]}/{(string?)x.c!["id"]}")))];
    }

    private int RunFolders() => Directory.GetDirectories(audit.OutDir).Length;

    [Fact]
    public void The_same_failures_as_the_baseline_exit_0()
    {
        Assert.NotEmpty(FailingCritical());

        var run = audit.Run("--baseline", audit.First.ResultsPath);

        Assert.Equal(0, run.ExitCode);
        Assert.DoesNotContain("new critical failure", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_critical_control_that_passed_in_the_baseline_and_fails_now_exits_1_naming_it()
    {
        var (framework, control, key) = FailingCritical()[0];
        var baseline = Baseline();
        baseline["frameworks"]![framework]!["controls"]![control]!["status"] = "pass";

        var run = audit.Run("--baseline", Write("baseline.json", baseline.ToJsonString()));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"new critical failure since the baseline: {key}", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_control_that_failed_in_the_baseline_at_another_severity_is_not_a_new_failure()
    {
        var (framework, control, _) = FailingCritical()[0];
        var baseline = Baseline();
        baseline["frameworks"]![framework]!["controls"]![control]!["severity"] = "high";

        var run = audit.Run("--baseline", Write("baseline.json", baseline.ToJsonString()));

        Assert.Equal(0, run.ExitCode);
    }

    [Theory]
    [InlineData("not json at all {")]
    [InlineData("{\"schemaVersion\": \"1.0\"}")]
    [InlineData("{\"frameworks\": [{\"id\": \"pci-dss-4.0.1\", \"controls\": [{\"id\": 131}]}]}")]
    [InlineData("[]")]
    public void A_malformed_baseline_is_bad_input_found_before_the_audit_writes_anything(string text)
    {
        var before = RunFolders();
        var path = Write("baseline.json", text);

        var run = audit.Run("--baseline", path);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(path, run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("internal error", run.Error, StringComparison.Ordinal);
        Assert.Equal(before, RunFolders());
        Assert.Empty(run.Output);
    }

    [Fact]
    public void A_missing_baseline_is_bad_input_found_before_the_audit_writes_anything()
    {
        var before = RunFolders();
        var path = Path.Combine(scratch, "no-such-results.json");

        var run = audit.Run("--baseline", path);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(path, run.Error, StringComparison.Ordinal);
        Assert.Equal(before, RunFolders());
    }

    [Theory]
    [InlineData("apiVersion: compliance-auditor.io/v1alpha1\nkind: WaiverList\nwaivers:\n- {id: A, control: x/1, target: {namespace: shop}, justification: j, approver: a, ticket: T, expires: 2099-01-01}\n")]
    [InlineData("apiVersion: compliance-auditor.io/v1alpha1\nkind: WaiverList\nwaivers:\n- {id: A, control: x/1, target: {namespace: shop}, justification: j, approver: a, ticket: T}\n")]
    [InlineData("kind: [")]
    public void A_malformed_waiver_file_is_bad_input_and_nothing_is_audited(string text)
    {
        var before = RunFolders();

        var run = audit.Run("--waivers", Write("waivers.yaml", text));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("waivers.yaml:", run.Error, StringComparison.Ordinal);
        Assert.Equal(before, RunFolders());
    }
}
