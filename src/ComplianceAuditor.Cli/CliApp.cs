using System.CommandLine;
using System.Text.Json;
using ComplianceAuditor.Cli.Commands;
using ComplianceAuditor.Cli.Serve;
using ComplianceAuditor.Kubernetes.Live;

namespace ComplianceAuditor.Cli;

/// <summary>
/// The command line: builds the commands and runs one. Streams are parameters so tests run the
/// real CLI in-process and read what a user would see.
/// </summary>
public static class CliApp
{
    /// <summary>Runs a command line synchronously (tests, and callers without an async context).</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error) =>
        RunAsync(args, output, error, errorIsTerminal: false).GetAwaiter().GetResult();

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, bool errorIsTerminal, TimeProvider? time = null)
    {
        var console = new CliConsole(output, error, errorIsTerminal, time ?? TimeProvider.System);
        var root = new RootCommand("ComplianceAuditor: proves Kubernetes network segmentation to auditors from computed reachability.")
        {
            AuditCommand.Create(console),
            CatalogCommand.Create(console),
            SnapshotCommand.Create(console),
            ReachCommand.Create(console),
            ExplainCommand.Create(console),
            ReportCommand.Create(console),
            VerifyCommand.Create(console),
            DiffCommand.Create(console),
            ServeCommand.Create(console),
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
            var invocation = new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false };
            if (parsed.CommandResult.Command.Name == ServeCommand.Name)
            {
                // The service handles SIGTERM itself (stop firing, --shutdown-grace for running audits);
                // System.CommandLine's handler would end the process after two seconds.
                invocation.ProcessTerminationTimeout = null;
            }

            return await parsed.InvokeAsync(invocation).ConfigureAwait(false);
        }
        catch (JsonException e)
        {
            error.WriteLine($"error: {e.Message}");
            return ExitCodes.Failed;
        }
        catch (LiveClusterException e)
        {
            error.WriteLine($"error: {e.Message}");
            return ExitCodes.Failed;
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
