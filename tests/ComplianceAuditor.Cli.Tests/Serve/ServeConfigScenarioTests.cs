using ComplianceAuditor.TestSupport.Golden;

namespace ComplianceAuditor.Cli.Tests.Serve;

/// <summary>
/// Each folder of tests/testdata/serve holds a serve.yaml and what `serve --validate` prints for it:
/// expected.stderr (every problem at file:line:column) and expected.stdout. Folders named error-* must
/// exit 2, the others 0. UPDATE_GOLDEN=1 rewrites the expected files.
/// </summary>
public sealed class ServeConfigScenarioTests
{
    public static TheoryData<string> Scenarios() => [.. Names()];

    private static IEnumerable<string> Names() =>
        Directory.GetDirectories(ServeScenario.Folder).Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal);

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void Validate_prints_what_the_golden_files_say(string scenario)
    {
        var folder = Path.Combine(ServeScenario.Folder, scenario);

        var result = ServeScenario.Validate(Path.Combine(folder, "serve.yaml"));

        Assert.Equal(scenario.StartsWith("error-", StringComparison.Ordinal) ? 2 : 0, result.ExitCode);
        var problems = new[]
        {
            GoldenFile.Compare(Path.Combine(folder, "expected.stderr"), result.Error),
            GoldenFile.Compare(Path.Combine(folder, "expected.stdout"), result.Output),
        };
        Assert.All(problems, Assert.Null);
    }

    [Fact]
    public void Every_error_scenario_names_file_line_and_column_on_every_error()
    {
        foreach (var scenario in Names().Where(s => s.StartsWith("error-", StringComparison.Ordinal)))
        {
            var result = ServeScenario.Validate(Path.Combine(ServeScenario.Folder, scenario, "serve.yaml"));
            var errors = result.Error.Split('\n').Where(line => line.Contains(": error: ", StringComparison.Ordinal)).ToList();

            Assert.NotEmpty(errors);
            Assert.All(errors, line => Assert.Matches(@"^[^:]+\.yaml:\d+:\d+ \(document 1\): error: ", line));
        }
    }

    [Fact]
    public void A_missing_configuration_is_an_error_not_a_crash()
    {
        var result = ServeScenario.Validate(Path.Combine(ServeScenario.Folder, "no-such-folder", "serve.yaml"));

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("serve/no-such-folder/serve.yaml: error: cannot read the configuration: ", result.Error, StringComparison.Ordinal);
        Assert.Empty(result.Output);
    }
}
