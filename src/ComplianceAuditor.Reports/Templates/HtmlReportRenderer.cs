using ComplianceAuditor.Reports.Rendering;

namespace ComplianceAuditor.Reports.Templates;

/// <summary>
/// report.html: one self-contained page (inline CSS, no scripts, nothing fetched) rendered from
/// templates/report.html.sbn. Every cluster value reaches the template already HTML-escaped.
/// </summary>
/// <param name="bundledTemplates">The bundled templates folder; by default templates/ beside the tool.</param>
/// <param name="limits">Findings and evidence shown per control; by default <see cref="TemplateLimits.Html"/>.</param>
public sealed class HtmlReportRenderer(string? bundledTemplates = null, TemplateLimits? limits = null) : IReportRenderer
{
    public const string TemplateName = "report.html.sbn";

    public HtmlReportRenderer()
        : this(null, null)
    {
    }

    public string Format => "html";

    public string FileName => "report.html";

    /// <exception cref="TemplateException">The template (bundled or from --templates) is broken.</exception>
    public void Render(ReportInput input, Stream output) =>
        TemplateReport.Render(input, output, TemplateName, bundledTemplates, HtmlText.Escape, limits ?? TemplateLimits.Html);
}
