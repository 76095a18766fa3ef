namespace ComplianceAuditor.Reports.Rendering;

/// <summary>
/// One output format of an audit's evidence. Renderers read only the <see cref="ReportInput"/>:
/// everything they show is in results.json (and the optional snapshot inventory), so a report can
/// be rendered again later from the files alone. Output must be deterministic for the same input.
/// </summary>
public interface IReportRenderer
{
    /// <summary>The name <c>--format</c> uses: pdf, xlsx, html, md, json.</summary>
    string Format { get; }

    /// <summary>The file written into the run folder, e.g. report.pdf.</summary>
    string FileName { get; }

    void Render(ReportInput input, Stream output);
}
