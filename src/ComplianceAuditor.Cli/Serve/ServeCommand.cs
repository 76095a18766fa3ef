using System.CommandLine;
using ComplianceAuditor.Cli.Serve.Config;
using ComplianceAuditor.Cli.Serve.Hosting;
using ComplianceAuditor.Engine.Diagnostics;
using ComplianceAuditor.Reports.Text;

namespace ComplianceAuditor.Cli.Serve;

/// <summary>
/// <c>serve --config FILE [--validate] [--store memory|postgres] [--connection-string CS] [--instance-id ID]
/// [--shutdown-grace 25s] [--checkin-interval DURATION]</c>: audits every configured target on its own
/// schedule until stopped; with --validate, checks the configuration and prints the next fire times.
/// </summary>
internal static class ServeCommand
{
    public const string Name = "serve";

    public static Command Create(CliConsole console)
    {
        var options = new ServeOptionSet();
        var command = new Command(Name, "Run as a service: audit every target of a configuration file on its own schedule (Quartz.NET), with /healthz and /metrics.");
        options.AddTo(command);
        command.SetAction((parsed, cancellation) => RunAsync(console, parsed, options, cancellation));
        return command;
    }

    private static async Task<int> RunAsync(CliConsole console, ParseResult parsed, ServeOptionSet set, CancellationToken cancellation)
    {
        if (set.Validate(parsed))
        {
            return ServeValidation.Run(set.ConfigFile(parsed), console);
        }

        if (set.Read(parsed, console) is not { } options)
        {
            return ExitCodes.Usage;
        }

        var diagnostics = new DiagnosticBag();
        var config = ServeConfigLoader.Load(options.ConfigFile, diagnostics);
        foreach (var diagnostic in diagnostics.Items)
        {
            console.Error.WriteLine(Printable.Escape(diagnostic.ToString()));
        }

        if (config is null || diagnostics.HasErrors)
        {
            console.Error.WriteLine(Printable.Escape($"serve: {options.ConfigFile} has errors; nothing was started (`{CliApp.ToolName} serve --config {options.ConfigFile} --validate` checks it)"));
            return ExitCodes.Failed;
        }

        return await ServeHost.RunAsync(config, options, console, cancellation).ConfigureAwait(false);
    }
}
