using PdfSharp.Fonts;

namespace ComplianceAuditor.Reports.Pdf.Layout;

/// <summary>
/// Installs <see cref="ReportFontResolver"/>. PDFsharp's font resolver is process-wide and may be
/// set only once, before any font is used, so every renderer and test goes through here.
/// </summary>
public static class ReportFonts
{
    private static readonly Lock Gate = new();

    public static void Install()
    {
        lock (Gate)
        {
            switch (GlobalFontSettings.FontResolver)
            {
                case ReportFontResolver:
                    return;
                case null:
                    GlobalFontSettings.FontResolver = new ReportFontResolver();
                    return;
                default:
                    throw new InvalidOperationException(
                        $"another PDFsharp font resolver ({GlobalFontSettings.FontResolver.GetType().Name}) is installed; reports need {nameof(ReportFontResolver)}");
            }
        }
    }
}
