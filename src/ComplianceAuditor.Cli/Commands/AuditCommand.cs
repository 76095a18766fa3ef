using System.CommandLine;
using ComplianceAuditor.Cli.Retention;
using ComplianceAuditor.Controls.Evaluation;
using ComplianceAuditor.Reports.Rendering;
using ComplianceAuditor.Reports.Results;

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

        if (!ReportOptionSet.TemplatesExist(request.Templates, console))
        {
            return ExitCodes.Failed;
        }

        var now = console.Time.GetUtcNow();
        var setup = AuditSetup.Load(request, now, console);
        if (setup is null)
        {
            return ExitCodes.Failed;
        }

        var snapshot = await InputReader.ReadAsync(request.Demo ? [Bundled.DemoCluster] : request.Inputs, request.Live, console, "audit", cancellation).ConfigureAwait(false);
        if (snapshot is null)
        {
            return ExitCodes.Failed;
        }

        var result = Auditor.Run(new AuditContext(snapshot, setup.Scope, now), setup.Catalogs, setup.Waivers);
        var folder = RunFolder.Create(request.Out, now);
        var output = new RunOutput("audit", now, request.Renderers, request.Templates, snapshot, setup.Read);
        if (RunFolderWriter.Write(folder, stream => ResultsJsonWriter.Write(stream, result, ToolInfo.Version), output, console) is not { } manifestSha256)
        {
            return ExitCodes.Failed;
        }

        SummaryTextWriter.Write(console.Output, result, Path.Combine(folder, ReportRenderers.ResultsFileName));
        RunFolderWriter.Summary(folder, request.Renderers, manifestSha256, console);
        return RunRetention.Apply(folder, Verdict.ExitCode(result, request.FailUnder, setup.FailedInBaseline, console), request.Retention, console);
    }
}
