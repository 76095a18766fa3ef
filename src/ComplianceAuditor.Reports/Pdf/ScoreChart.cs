using ComplianceAuditor.Reports.Model;
using PdfSharp.Drawing;

namespace ComplianceAuditor.Reports.Pdf;

/// <summary>A horizontal bar per framework on a 0–100 % scale, with the score written beside it.</summary>
internal static class ScoreChart
{
    private const double BarHeight = 13;
    private const double Gap = 7;
    private const double LabelWidth = 170;

    public static void Draw(ReportContext context, IReadOnlyList<FrameworkInfo> frameworks)
    {
        var flow = context.Flow;
        var style = context.Style;
        var height = (frameworks.Count * (BarHeight + Gap)) + 22;
        flow.EnsureSpace(height);
        var graphics = flow.Graphics;
        var left = flow.Left + LabelWidth;
        var width = flow.Width - LabelWidth - 50;
        var top = flow.Y;
        DrawScale(graphics, style, left, width, top, (frameworks.Count * (BarHeight + Gap)) + 4);
        foreach (var framework in frameworks)
        {
            var y = flow.Y + 4;
            var label = Fit(context, $"{framework.Name} {framework.Version}", LabelWidth - 8);
            graphics.DrawString(label, style.Cell.Font, style.Cell.Brush, flow.Left, y + 1.5, XStringFormats.TopLeft);
            graphics.DrawRectangle(new XSolidBrush(ReportStyle.HeaderFill), left, y, width, BarHeight);
            var score = framework.Score ?? 0;
            graphics.DrawRectangle(new XSolidBrush(ReportStyle.Accent), left, y, width * Math.Clamp(score, 0, 100) / 100, BarHeight);
            graphics.DrawString(Formats.Percent(framework.Score), style.CellBold.Font, style.CellBold.Brush, left + width + 6, y + 1.5, XStringFormats.TopLeft);
            flow.Advance(BarHeight + Gap);
        }

        flow.Advance(22);
    }

    private static void DrawScale(XGraphics graphics, ReportStyle style, double left, double width, double top, double height)
    {
        var pen = new XPen(ReportStyle.Rule, 0.4);
        for (var tick = 0; tick <= 100; tick += 25)
        {
            var x = left + (width * tick / 100);
            graphics.DrawLine(pen, x, top, x, top + height);
            graphics.DrawString($"{tick} %", style.Small.Font, style.Small.Brush, x, top + height + 2, XStringFormats.TopCenter);
        }
    }

    private static string Fit(ReportContext context, string text, double width)
    {
        var font = context.Style.Cell.Font;
        var lines = Layout.TextWrapper.Wrap(text, font, width, context.Flow.Measure);
        return lines.Count > 1 ? lines[0].TrimEnd() + "…" : lines[0];
    }
}
