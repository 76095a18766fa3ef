using System.Text.RegularExpressions;
using ComplianceAuditor.Reports.Pdf.Layout;
using PdfSharp.Pdf;
using UglyToad.PdfPig.Content;

namespace ComplianceAuditor.Reports.Tests.Pdf;

/// <summary>Reads a PDF back with PdfPig, and makes small documents with the layout module.</summary>
internal static partial class PdfText
{
    public static List<Page> Pages(byte[] pdf, out UglyToad.PdfPig.PdfDocument document)
    {
        document = UglyToad.PdfPig.PdfDocument.Open(pdf);
        return [.. document.GetPages()];
    }

    public static List<string> PageTexts(byte[] pdf)
    {
        using var document = UglyToad.PdfPig.PdfDocument.Open(pdf);
        return [.. document.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text)))];
    }

    public static string Squeeze(string text) => Whitespace().Replace(text, string.Empty);

    /// <summary>A document written by <paramref name="write"/> through a fresh flow on A4, decorated and saved.</summary>
    public static byte[] Write(Action<PageFlow> write)
    {
        ReportFonts.Install();
        using var document = new PdfDocument();
        using (var measure = new TextMeasure())
        using (var flow = new PageFlow(document, PageGeometry.A4, measure))
        {
            write(flow);
        }

        PageDecorator.Decorate(document, PageGeometry.A4, Styles.Small, "running header", "footer");
        using var output = new MemoryStream();
        document.Save(output, closeStream: false);
        return output.ToArray();
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
