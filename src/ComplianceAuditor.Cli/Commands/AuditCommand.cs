using System.CommandLine;

namespace ComplianceAuditor.Cli.Commands;

/// <summary>
/// <c>audit [INPUT...] [--demo] [--controls PATH...] [--scope FILE] [--waivers FILE] [--out DIR]
/// [--fail-under SCORE] [--baseline FILE] [--keep N] [--keep-days D] [--format F,...] [--templates DIR]</c>: checks computed
/// reachability against the control catalogs and writes results.json, the reports and
/// manifest.json into a new run folder, then updates runs.json and applies --keep/--keep-days.
/// </summary>
internal static class AuditCommand
{
    public static Command Create(CliConsole console)
    {
        var options = new AuditOptionSet();
        var command = new Command("audit", "Audit the cluster against control catalogs (PCI DSS, HIPAA, CIS, NIST) and write the evidence.");
        options.AddTo(command);
        command.SetAction((parsed, cancellation) => RunAsync(console, options.Read(parsed), cancellation));
        return command;
    }

    private static async Task<int> RunAsync(CliConsole console, AuditRequest request, CancellationToken cancellation)
    {
        if (request.Demo && request.Inputs.Length > 0)
        {
            console.Error.WriteLine("error: give INPUT or --demo, not both");
            return ExitCodes.Usage;
        }

        var run = await AuditPipeline.RunAsync(request, console, cancellation).ConfigureAwait(false);
        return run.ExitCode;
    }
}
