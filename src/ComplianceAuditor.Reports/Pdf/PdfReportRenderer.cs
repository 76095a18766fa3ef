using ComplianceAuditor.Reports.Pdf.Layout;
using ComplianceAuditor.Reports.Rendering;
using PdfSharp.Pdf;

namespace ComplianceAuditor.Reports.Pdf;

/// <summary>
/// The auditor's report: cover, executive summary, score trend, scope and coverage, one section per framework,
/// findings with evidence, waivers, namespace scores and an appendix, with an outline entry per
/// section, a running header, "page i of n" and the DejaVu fonts embedded as subsets.
/// </summary>
/// <remarks>
/// Not PDF/A: PDFsharp 6.2.4's <c>SetPdfA()</c> declares PDF/A-1a and switches on its PDF/UA
/// structure manager, which throws on any text or drawing outside a structure element and on
/// drawing to any page but the newest. That needs every run tagged (P, H1, Table/TR/TH/TD,
/// Figure, Artifact) and a second full rendering pass for "page i of n", and nothing here can
/// validate the claim (no veraPDF). See docs/pdf-report.md.
/// </remarks>
public sealed class PdfReportRenderer(PdfReportOptions options) : IReportRenderer
{
    public PdfReportRenderer()
        : this(new PdfReportOptions())
    {
    }

    public string Format => "pdf";

    public string FileName => "report.pdf";

    public void Render(ReportInput input, Stream output)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(output);
        ReportFonts.Install();
        using var document = new PdfDocument();
        Describe(document, input);
        var style = new ReportStyle();
        using (var measure = new TextMeasure())
        using (var flow = new PageFlow(document, PageGeometry.A4, measure))
        {
            WriteSections(new ReportContext(flow, style, input, options));
        }

        PageDecorator.Decorate(document, PageGeometry.A4, style.Small, Header(input), $"{input.Report.Tool.Name} {input.Report.Tool.Version} · results.json schema {input.Report.SchemaVersion}");
        using var buffer = new MemoryStream();
        document.Save(buffer, closeStream: false);
        var bytes = PdfDeterminism.Finish(buffer.ToArray());
        output.Write(bytes);
    }

    private static void WriteSections(ReportContext context)
    {
        CoverPage.Write(context);
        SummarySection.Write(context);
        TrendSection.Write(context);
        ScopeSection.Write(context);
        foreach (var framework in context.Report.Frameworks)
        {
            FrameworkSection.Write(context, framework);
        }

        FindingsSection.Write(context);
        WaiversSection.Write(context);
        NamespacesSection.Write(context);
        AppendixSection.Write(context);
    }

    private static void Describe(PdfDocument document, ReportInput input)
    {
        var report = input.Report;
        var time = report.AuditedAt.UtcDateTime;
        document.Info.Title = $"Network segmentation compliance report {Formats.Time(report.AuditedAt)}";
        document.Info.Subject = string.Join(", ", report.Frameworks.Select(f => $"{f.Name} {f.Version}"));
        document.Info.Creator = $"{report.Tool.Name} {report.Tool.Version}";
        document.Info.CreationDate = time;
        document.Info.ModificationDate = time;
        document.Language = "en";
        document.PageMode = PdfPageMode.UseOutlines;
        PdfDeterminism.Prepare(document);
    }

    private static string Header(ReportInput input)
    {
        var report = input.Report;
        var target = report.Input.Sources.FirstOrDefault()?.ApiServer ?? (report.Input.Files.IsEmpty ? "no input files" : $"{report.Input.Files.Length} input file(s)");
        if (target.Length > 60)
        {
            target = target[..59] + "…";
        }

        return $"Compliance report · {Text.Printable.Escape(target)} · audited {Formats.Time(report.AuditedAt)}";
    }
}
