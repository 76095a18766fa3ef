using System.CommandLine;
using ComplianceAuditor.Reports.Rendering;

namespace ComplianceAuditor.Cli.Commands;

/// <summary>The report options `audit` and `report` share: which formats to write, and from which templates.</summary>
internal sealed class ReportOptionSet
{
    private readonly Option<string[]> formats = new("--format")
    {
        Description = $"Formats to write, comma separated or repeated (default: all: {string.Join(", ", ReportRenderers.Formats(ReportRenderers.All))}); results.json (json) is always written",
        HelpName = "FORMAT",
    };

    private readonly Option<string?> templates = new("--templates") { Description = "Folder of templates overriding the bundled ones (HTML, Markdown)", HelpName = "DIR" };

    public ReportOptionSet()
    {
        formats.Validators.Add(r =>
        {
            if (ReportRenderers.Select(ReportRenderers.All, r.GetValueOrDefault<string[]>() ?? [], out var error) is null)
            {
                r.AddError(error!);
            }
        });
    }

    public void AddTo(Command command)
    {
        command.Add(formats);
        command.Add(templates);
    }

    /// <summary>The selected renderers (the validator has refused unknown formats) and the templates folder.</summary>
    public (IReadOnlyList<IReportRenderer> Renderers, string? Templates) Read(ParseResult parsed) =>
        (ReportRenderers.Select(ReportRenderers.All, parsed.GetValue(formats) ?? [], out _) ?? [], parsed.GetValue(templates));

    /// <summary>A templates folder that does not exist is bad input, found before anything is read or written.</summary>
    public static bool TemplatesExist(string? templates, CliConsole console)
    {
        if (templates is null || Directory.Exists(templates))
        {
            return true;
        }

        console.Error.WriteLine($"error: --templates {templates}: no such directory");
        return false;
    }
}
