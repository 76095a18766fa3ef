using ComplianceAuditor.Reports.Rendering;

namespace ComplianceAuditor.Reports.Templates;

/// <summary>
/// summary.md: the summary for tickets (scores, failing controls with their top evidence, waivers,
/// unzoned namespaces) rendered from templates/summary.md.sbn. Every cluster value reaches the
/// template already escaped for Markdown: one line, no emphasis, code, link or HTML.
/// </summary>
/// <param name="bundledTemplates">The bundled templates folder; by default templates/ beside the tool.</param>
/// <param name="limits">Findings and evidence shown per control; by default <see cref="TemplateLimits.Markdown"/>.</param>
public sealed class MarkdownReportRenderer(string? bundledTemplates = null, TemplateLimits? limits = null) : IReportRenderer
{
    public const string TemplateName = "summary.md.sbn";

    public MarkdownReportRenderer()
        : this(null, null)
    {
    }

    public string Format => "md";

    public string FileName => "summary.md";

    /// <exception cref="TemplateException">The template (bundled or from --templates) is broken.</exception>
    public void Render(ReportInput input, Stream output) =>
        TemplateReport.Render(input, output, TemplateName, bundledTemplates, MarkdownText.Escape, limits ?? TemplateLimits.Markdown);
}
