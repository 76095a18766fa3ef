using ComplianceAuditor.TestSupport.Golden;

namespace ComplianceAuditor.Cli.Tests;

/// <summary>
/// `catalog lint` over the malformed catalogs under tests/testdata/catalogs: each folder holds
/// catalogs (every .yaml/.json file but scope.yaml, which is passed with --scope) and the exact
/// output. A folder named error-* must exit 2 and name every problem with file:line:column.
/// </summary>
public class CatalogLintTests
{
    private static string Root => Path.Combine(RepositoryPaths.TestData, "catalogs");

    public static TheoryData<string> Cases() => [.. Directory.GetDirectories(Root).Select(d => Path.GetFileName(d)!).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Cases))]
    public void Lint_reports_every_problem_with_its_position(string name)
    {
        var dir = Path.Combine(Root, name);
        var result = CliRunner.Run(Arguments(dir));
        var error = CliRunner.Relative(result.Error);

        var failing = name.StartsWith("error-", StringComparison.Ordinal);
        Assert.True(result.ExitCode == (failing ? 2 : 0), $"exit code {result.ExitCode}\n{result.Error}");
        Assert.Null(GoldenFile.Compare(Path.Combine(dir, "expected.stderr"), error));
        Assert.Null(GoldenFile.Compare(Path.Combine(dir, "expected.stdout"), CliRunner.Relative(result.Output)));
        if (failing)
        {
            var errors = error.Split('\n').Where(l => l.Contains(": error: ", StringComparison.Ordinal)).ToList();
            Assert.NotEmpty(errors);
            Assert.All(errors, line => Assert.Matches(@"^catalogs/[\w./-]+\.(yaml|json):\d+:\d+ ", line));
        }
    }

    [Fact]
    public void Lint_reports_the_errors_of_every_file_in_one_run()
    {
        var files = Directory.GetDirectories(Root, "error-*")
            .Where(d => !File.Exists(Path.Combine(d, "scope.yaml")))
            .SelectMany(Catalogs)
            .ToArray();
        var expected = Directory.GetDirectories(Root, "error-*")
            .Where(d => !File.Exists(Path.Combine(d, "scope.yaml")))
            .Sum(d => File.ReadAllLines(Path.Combine(d, "expected.stderr")).Count(l => l.Contains(": error: ", StringComparison.Ordinal)));

        var result = CliRunner.Run(["catalog", "lint", .. files]);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(expected, result.Error.Split('\n').Count(l => l.Contains(": error: ", StringComparison.Ordinal)));
        Assert.Contains($"catalog lint: {expected} errors", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void The_bundled_catalogs_are_clean()
    {
        var result = CliRunner.Run("catalog", "lint", Path.Combine(RepositoryPaths.Root, "controls"));

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Equal(string.Empty, result.Error);
        Assert.Equal(4, result.Output.Split('\n').Count(l => l.EndsWith(": OK", StringComparison.Ordinal)));
    }

    private static string[] Arguments(string dir)
    {
        var scope = Path.Combine(dir, "scope.yaml");
        return ["catalog", "lint", .. Catalogs(dir), .. File.Exists(scope) ? new[] { "--scope", scope } : []];
    }

    private static IEnumerable<string> Catalogs(string dir) =>
        Directory.GetFiles(dir)
            .Where(f => f.EndsWith(".yaml", StringComparison.Ordinal) || f.EndsWith(".json", StringComparison.Ordinal))
            .Where(f => Path.GetFileName(f) != "scope.yaml")
            .Order(StringComparer.Ordinal);
}
