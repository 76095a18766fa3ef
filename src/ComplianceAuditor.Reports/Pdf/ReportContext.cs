using ComplianceAuditor.Reports.Model;
using ComplianceAuditor.Reports.Pdf.Layout;
using ComplianceAuditor.Reports.Rendering;

namespace ComplianceAuditor.Reports.Pdf;

/// <summary>What every section writes with: the flow, the styles and the report.</summary>
internal sealed class ReportContext(PageFlow flow, ReportStyle style, ReportInput input, PdfReportOptions options)
{
    public PageFlow Flow { get; } = flow;

    public ReportStyle Style { get; } = style;

    public ReportInput Input { get; } = input;

    public AuditReport Report => Input.Report;

    public PdfReportOptions Options { get; } = options;

    public void Section(string title, bool newPage = true)
    {
        if (newPage)
        {
            Flow.NewPage();
        }

        TextBlocks.Heading(Flow, title, Style.H1, level: 0);
    }

    public void Subsection(string title, int level = 1) => TextBlocks.Heading(Flow, title, Style.H2, level, keepWithNext: 50);

    public void Text(string text) => TextBlocks.Paragraph(Flow, text, Style.Body, keepTogether: true);

    public void Note(string text) => TextBlocks.Paragraph(Flow, text, Style.Small, spaceAfter: 6, keepTogether: true);

    public void Field(string label, string value) => TextBlocks.LabelValue(Flow, label, value, Style.Bold, Style.Body);

    public int Table(IReadOnlyList<TableColumn> columns, IEnumerable<IReadOnlyList<TableCell>> rows, bool header = true) =>
        new Table(columns, Style.Table).Write(Flow, rows, header);
}
