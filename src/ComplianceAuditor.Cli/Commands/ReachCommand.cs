using System.CommandLine;
using ComplianceAuditor.Engine.Reachability;
using ComplianceAuditor.Reports.Connectivity;

namespace ComplianceAuditor.Cli.Commands;

/// <summary><c>reach INPUT... [--format json|text|stats] [--output FILE]</c>: who can reach whom.</summary>
internal static class ReachCommand
{
    public static Command Create(CliConsole console)
    {
        var inputs = CommonOptions.Inputs();
        var format = new Option<string>("--format", "-f")
        {
            Description = "json: the canonical connectivity contract; text: one line per connection; stats: counts only",
            DefaultValueFactory = _ => "json",
        };
        format.AcceptOnlyFromAmong("json", "text", "stats");
        var output = CommonOptions.Output();
        var live = new LiveOptionSet();
        var command = new Command("reach", "Compute which peers and addresses can reach which, on which ports.")
        {
            inputs,
            format,
            output,
        };
        live.AddTo(command);
        command.SetAction((parsed, cancellation) => RunAsync(console, parsed.GetValue(inputs) ?? [], live.Read(parsed), Parse(parsed.GetRequiredValue(format)), parsed.GetValue(output), cancellation));
        return command;
    }

    private static ReachFormat Parse(string format) => format switch
    {
        "text" => ReachFormat.Text,
        "stats" => ReachFormat.Stats,
        _ => ReachFormat.Json,
    };

    private static async Task<int> RunAsync(CliConsole console, string[] inputs, Kubernetes.Live.LiveOptions live, ReachFormat format, string? output, CancellationToken cancellation)
    {
        var snapshot = await InputReader.ReadAsync(inputs, live, console, "reach", cancellation).ConfigureAwait(false);
        if (snapshot is null)
        {
            return ExitCodes.Failed;
        }

        var analysis = ReachabilityAnalysis.Compute(snapshot);
        switch (format)
        {
            case ReachFormat.Stats:
                OutputTarget.Write(output, console, stream => ReachStatsWriter.Write(stream, analysis.Stats()));
                break;
            case ReachFormat.Text:
                OutputTarget.WriteText(output, console, writer => ReachTextWriter.Write(writer, analysis.Connections()));
                break;
            default:
                OutputTarget.Write(output, console, stream => ReachJsonWriter.Write(stream, analysis.Inventory, analysis.Connections()));
                break;
        }

        return ExitCodes.Success;
    }
}
