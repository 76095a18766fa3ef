using ComplianceAuditor.Reports.Rendering;

namespace ComplianceAuditor.Reports.Templates;

/// <summary>What the HTML and Markdown renderers share: find the templates, build the escaped model, render.</summary>
internal static class TemplateReport
{
    /// <summary>The templates that ship beside the tool (the build copies the repository's templates/ folder there).</summary>
    public static string BundledFolder => Path.Combine(AppContext.BaseDirectory, "templates");

    public static void Render(ReportInput input, Stream output, string template, string? bundled, Func<string, string> escape, TemplateLimits limits)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(output);
        var folders = new TemplateFolders(bundled ?? BundledFolder, input.TemplatesDirectory);
        if (folders.Overrides is { } overrides && !Directory.Exists(overrides))
        {
            throw new TemplateException($"{overrides}: the --templates folder does not exist");
        }

        var model = TemplateModel.Build(input, escape, limits, out var items);
        TemplateRenderer.Render(folders, template, model, items, output);
    }
}
