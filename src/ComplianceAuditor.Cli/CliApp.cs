using System.CommandLine;
using ComplianceAuditor.Cli.Commands;

namespace ComplianceAuditor.Cli;

/// <summary>
/// The command line: builds the commands and runs one. Streams are parameters so tests run the
/// real CLI in-process and read what a user would see.
/// </summary>
public static class CliApp
{
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var console = new CliConsole(output, error);
        var root = new RootCommand("ComplianceAuditor: proves Kubernetes network segmentation to auditors from computed reachability.")
        {
            ReachCommand.Create(console),
            ExplainCommand.Create(console),
        };

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var problem in parsed.Errors)
            {
                error.WriteLine($"error: {problem.Message}");
            }

            error.WriteLine($"Run '{ToolName} {string.Join(' ', parsed.CommandResult.Command.Name == root.Name ? [] : [parsed.CommandResult.Command.Name])} --help' for usage.".Replace("  ", " ", StringComparison.Ordinal));
            return ExitCodes.Usage;
        }

        try
        {
            return parsed.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (IOException e)
        {
            error.WriteLine($"error: {e.Message}");
            return ExitCodes.Failed;
        }
        catch (UnauthorizedAccessException e)
        {
            error.WriteLine($"error: {e.Message}");
            return ExitCodes.Failed;
        }
#pragma warning disable CA1031 // The last line of defence: a bug must end in a clear failure, never in a result.
        catch (Exception e)
#pragma warning restore CA1031
        {
            error.WriteLine($"error: internal error, nothing was produced; please report it with this trace:\n{e}");
            return ExitCodes.Failed;
        }
    }

    public const string ToolName = "compliance-auditor";
}
