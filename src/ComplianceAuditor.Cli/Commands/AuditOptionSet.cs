using System.CommandLine;
using System.Globalization;
using ComplianceAuditor.Cli.Retention;

namespace ComplianceAuditor.Cli.Commands;

/// <summary>The arguments and options of `audit`.</summary>
internal sealed class AuditOptionSet
{
    private readonly Argument<string[]> inputs = CommonOptions.Inputs();
    private readonly LiveOptionSet live = new();
    private readonly ReportOptionSet report = new();
    private readonly Option<bool> demo = new("--demo") { Description = "Audit the bundled demo cluster (with its waivers), no cluster needed" };
    private readonly Option<string[]> controls = new("--controls") { Description = "Catalog files or directories (default: the bundled catalogs)", HelpName = "PATH", AllowMultipleArgumentsPerToken = true };
    private readonly Option<string?> scope = new("--scope") { Description = "Scope file defining the zones (default: the built-in zones, see controls/README.md)", HelpName = "FILE" };
    private readonly Option<string?> waivers = new("--waivers") { Description = "Waiver file (approved, expiring exceptions)", HelpName = "FILE" };
    private readonly Option<string> output = new("--out") { Description = "Folder for the run folders; each run gets a new one, none is overwritten", HelpName = "DIR", DefaultValueFactory = _ => "reports" };
    private readonly Option<double?> failUnder = new("--fail-under") { Description = "Exit 1 when a framework scores below this percentage (0-100)", HelpName = "SCORE" };
    private readonly Option<int?> keep = new("--keep") { Description = "After a completed run, prune run folders beyond the newest N (verified intact first; see runs.json)", HelpName = "N" };
    private readonly Option<int?> keepDays = new("--keep-days") { Description = "After a completed run, prune run folders older than D days (verified intact first)", HelpName = "D" };
    private readonly Option<string?> baseline = new("--baseline") { Description = "An earlier results.json: exit 1 when a critical control fails now that did not fail then", HelpName = "FILE" };

    public AuditOptionSet()
    {
        failUnder.Validators.Add(r =>
        {
            // Reads the token itself: asking the option for its value throws when the token is not a number,
            // which the parser reports as a usage error once validators have run.
            if (r.Tokens is [var token] && double.TryParse(token.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value is < 0 or > 100)
            {
                r.AddError($"--fail-under {value} is not a percentage from 0 to 100");
            }
        });
        AtLeastOne(keep);
        AtLeastOne(keepDays);
    }

    private static void AtLeastOne(Option<int?> option) => option.Validators.Add(r =>
    {
        if (r.Tokens is [var token] && int.TryParse(token.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value < 1)
        {
            r.AddError($"{option.Name} {value} must be at least 1 (the newest run is always kept)");
        }
    });

    public void AddTo(Command command)
    {
        command.Add(inputs);
        command.Add(demo);
        command.Add(controls);
        command.Add(scope);
        command.Add(waivers);
        command.Add(output);
        command.Add(failUnder);
        command.Add(baseline);
        command.Add(keep);
        command.Add(keepDays);
        report.AddTo(command);
        live.AddTo(command);
    }

    public AuditRequest Read(ParseResult parsed)
    {
        var (renderers, templates) = report.Read(parsed);
        return new(
            parsed.GetValue(inputs) ?? [],
            live.Read(parsed),
            parsed.GetValue(demo),
            parsed.GetValue(controls) ?? [],
            parsed.GetValue(scope),
            parsed.GetValue(waivers),
            parsed.GetRequiredValue(output),
            parsed.GetValue(failUnder),
            parsed.GetValue(baseline),
            renderers,
            templates,
            new RetentionPolicy(parsed.GetValue(keep), parsed.GetValue(keepDays)));
    }
}
