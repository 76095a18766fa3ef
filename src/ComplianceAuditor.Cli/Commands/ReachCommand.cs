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
        var command = new Command("reach", "Compute which peers and addresses can reach which, on which ports.")
        {
            inputs,
            format,
            output,
        };
        command.SetAction(parsed => Run(console, parsed.GetRequiredValue(inputs), Parse(parsed.GetRequiredValue(format)), parsed.GetValue(output)));
        return command;
    }

    private static ReachFormat Parse(string format) => format switch
    {
        "text" => ReachFormat.Text,
        "stats" => ReachFormat.Stats,
        _ => ReachFormat.Json,
    };

    private static int Run(CliConsole console, string[] inputs, ReachFormat format, string? output)
    {
        var snapshot = InputReader.Read(inputs, console, "reach");
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
