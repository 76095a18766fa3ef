using ComplianceAuditor.TestSupport.Golden;

namespace ComplianceAuditor.Cli.Tests;

/// <summary>Runs the real CLI in-process and captures what a user would see.</summary>
internal static class CliRunner
{
    public sealed record Result(int ExitCode, string Output, string Error);

    public static Result Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = CliApp.Run(args, output, error);
        return new Result(code, output.ToString(), error.ToString());
    }

    /// <summary>Makes paths in messages relative to the test data folder, so goldens hold no machine paths.</summary>
    public static string Relative(string text) =>
        text.Replace(RepositoryPaths.TestData + Path.DirectorySeparatorChar, string.Empty, StringComparison.Ordinal);
}
