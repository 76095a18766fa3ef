using ComplianceAuditor.Cli.Serve;
using ComplianceAuditor.TestSupport.Golden;
using Microsoft.Extensions.Time.Testing;

namespace ComplianceAuditor.Cli.Tests.Serve;

/// <summary>Runs `serve --validate` on a configuration at a fixed "now" and captures what a user would see, machine paths removed.</summary>
internal static class ServeScenario
{
    /// <summary>A Thursday in November, so the next firings cross a weekend and the end of daylight saving in New York is behind.</summary>
    public static readonly DateTimeOffset Now = new(2026, 11, 26, 9, 30, 0, TimeSpan.Zero);

    public static string Folder => Path.Combine(RepositoryPaths.TestData, "serve");

    public static CliRunner.Result Validate(string configPath, DateTimeOffset? now = null)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var console = new CliConsole(output, error, ErrorIsTerminal: false, new FakeTimeProvider(now ?? Now));
        var code = ServeValidation.Run(configPath, console);
        return new CliRunner.Result(code, Relative(output.ToString()), Relative(error.ToString()));
    }

    /// <summary>Paths under the test data as in the goldens, and the rest of the repository as &lt;repo&gt;.</summary>
    public static string Relative(string text) =>
        CliRunner.Relative(text).Replace(RepositoryPaths.Root + Path.DirectorySeparatorChar, "<repo>/", StringComparison.Ordinal);
}
