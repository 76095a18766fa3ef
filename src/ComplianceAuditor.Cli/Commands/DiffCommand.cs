using System.CommandLine;
using ComplianceAuditor.Reports.Diff;
using ComplianceAuditor.Reports.Text;

namespace ComplianceAuditor.Cli.Commands;

/// <summary>
/// <c>diff RUN_A RUN_B [--format text|json]</c>: new, resolved, no longer evaluated and still-open
/// failing findings, score changes and policy changes between two runs. Exit 1 when B has new
/// critical or high failing findings, 2 when a run cannot be read or its folder is not intact.
/// </summary>
internal static class DiffCommand
{
    public static Command Create(CliConsole console)
    {
        var before = new Argument<string>("RUN_A") { Description = "The earlier run: a run folder (audit-<UTC>/) or its results.json" };
        var after = new Argument<string>("RUN_B") { Description = "The later run: a run folder or a results.json" };
        var format = new Option<string>("--format")
        {
            Description = "text: a summary, then one section per change; json: the structure of controls/schema/diff.schema.json",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "json");
        var command = new Command("diff", "List new, resolved and still-open failing findings, score changes and changed policies between two runs.")
        {
            before, after, format,
        };
        command.SetAction(parsed => Run(console, parsed.GetRequiredValue(before), parsed.GetRequiredValue(after), parsed.GetValue(format)!));
        return command;
    }

    private static int Run(CliConsole console, string pathA, string pathB, string format)
    {
        var a = DiffRunLoader.Load("RUN_A", pathA, console, out var errorsA);
        var b = DiffRunLoader.Load("RUN_B", pathB, console, out var errorsB);
        if (a is null || b is null)
        {
            foreach (var error in errorsA.Concat(errorsB))
            {
                console.Error.WriteLine(Printable.Escape($"error: {error}"));
            }

            return ExitCodes.Failed;
        }

        var diff = RunDiffer.Compare(a, b);
        if (format == "json")
        {
            using var stream = new TextWriterStream(console.Output);
            DiffJsonWriter.Write(stream, diff);
            stream.Flush();
            console.Output.Write('\n');
        }
        else
        {
            DiffTextWriter.Write(console.Output, diff);
        }

        return diff.NewCriticalOrHigh > 0 ? ExitCodes.NewCriticalFindings : ExitCodes.Success;
    }
}
