using ComplianceAuditor.TestSupport.Golden;

namespace ComplianceAuditor.Cli.Tests;

/// <summary>
/// Golden scenarios under tests/testdata/reach: each folder has input/ (plus the shared folders
/// its `base` file names) and expected outputs, checked in all three formats. A folder named
/// error-* must fail with exit 2, write nothing to stdout, and report the diagnostics in
/// expected.stderr. explain-NAME[.json].args files hold explain arguments, one per line.
/// </summary>
public class ReachScenarioTests
{
    private static string ScenarioRoot => Path.Combine(RepositoryPaths.TestData, "reach");

    public static TheoryData<string> Scenarios()
    {
        var data = new TheoryData<string>();
        foreach (var dir in Directory.GetDirectories(ScenarioRoot).Select(d => Path.GetFileName(d)!).Where(n => !n.StartsWith('_')).Order(StringComparer.Ordinal))
        {
            data.Add(dir);
        }

        return data;
    }

    public static TheoryData<string, string> ExplainCases()
    {
        var data = new TheoryData<string, string>();
        foreach (var file in Directory.GetFiles(ScenarioRoot, "explain-*.args", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(Path.GetDirectoryName(file)!), Path.GetFileName(file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void Reach_output_matches_the_goldens(string scenario)
    {
        var dir = Path.Combine(ScenarioRoot, scenario);
        var inputs = Inputs(dir);
        var succeeds = !scenario.StartsWith("error-", StringComparison.Ordinal);
        var failures = new List<string?>();
        foreach (var (format, golden) in new[] { ("json", "expected.json"), ("text", "expected.txt"), ("stats", "expected.stats.json") })
        {
            var result = CliRunner.Run(["reach", .. inputs, "--format", format]);
            Assert.True(succeeds ? result.ExitCode == 0 : result.ExitCode == 2, $"exit code {result.ExitCode}; stderr:\n{result.Error}");
            if (succeeds)
            {
                failures.Add(GoldenFile.Compare(Path.Combine(dir, golden), result.Output));
            }
            else
            {
                Assert.Equal(string.Empty, result.Output);
            }

            if (format == "json" && (result.Error.Length > 0 || File.Exists(Path.Combine(dir, "expected.stderr"))))
            {
                failures.Add(GoldenFile.Compare(Path.Combine(dir, "expected.stderr"), CliRunner.Relative(result.Error)));
            }
        }

        Assert.Empty(failures.OfType<string>());
    }

    [Theory]
    [MemberData(nameof(ExplainCases))]
    public void Explain_output_matches_the_goldens(string scenario, string argsFile)
    {
        var dir = Path.Combine(ScenarioRoot, scenario);
        var args = File.ReadAllLines(Path.Combine(dir, argsFile)).Where(l => l.Length > 0);
        var result = CliRunner.Run(["explain", .. Inputs(dir), .. args]);

        Assert.True(result.ExitCode == 0, result.Error);
        var golden = Path.Combine(dir, Path.ChangeExtension(argsFile, ".out"));
        Assert.Null(GoldenFile.Compare(golden, result.Output));
    }

    private static string[] Inputs(string dir)
    {
        var basePath = Path.Combine(dir, "base");
        var bases = File.Exists(basePath) ? File.ReadAllLines(basePath).Where(l => l.Length > 0).Select(l => Path.GetFullPath(Path.Combine(dir, l))) : [];
        return [.. bases, Path.Combine(dir, "input")];
    }
}
