using System.Globalization;
using ComplianceAuditor.Reports.Rendering;
using PdfSharp.Drawing;

namespace ComplianceAuditor.Reports.Pdf;

/// <summary>
/// The score trend as a line chart: runs evenly spaced left to right in time order (labelled with
/// their UTC date and time), 0–100 % up, one line per framework with its own marker shape, a
/// missing score leaving a gap, and a legend naming each framework beside its marker.
/// </summary>
internal static class TrendChart
{
    private const double AxisWidth = 34;
    private const double PlotHeight = 160;
    private const double TopSpace = 12;
    private const double Inset = 16;
    private const double XLabelHeight = 26;
    private const double LegendRow = 13;

    public static void Draw(ReportContext context, ScoreTrend trend)
    {
        var flow = context.Flow;
        var legend = LegendRows(context, trend.Frameworks);
        flow.EnsureSpace(TopSpace + PlotHeight + XLabelHeight + (legend.Count * LegendRow) + 12);
        var plot = new XRect(flow.Left + AxisWidth, flow.Y + TopSpace, flow.Width - AxisWidth - 8, PlotHeight);
        var xs = Positions(plot, trend.Runs.Length);
        DrawGrid(context, plot);
        DrawRuns(context, trend, plot, xs);
        for (var f = 0; f < trend.Frameworks.Length; f++)
        {
            DrawSeries(flow.Graphics, trend, f, plot, xs);
        }

        flow.Advance(TopSpace + PlotHeight + XLabelHeight);
        DrawLegend(context, legend);
        flow.Advance(8);
    }

    private static double[] Positions(XRect plot, int count) =>
        count == 1
            ? [plot.X + (plot.Width / 2)]
            : [.. Enumerable.Range(0, count).Select(i => plot.X + Inset + (i * (plot.Width - (2 * Inset)) / (count - 1)))];

    private static double Y(XRect plot, double score) => plot.Bottom - (plot.Height * Math.Clamp(score, 0, 100) / 100);

    private static void DrawGrid(ReportContext context, XRect plot)
    {
        var graphics = context.Flow.Graphics;
        var small = context.Style.Small;
        var grid = new XPen(ReportStyle.Rule, 0.4);
        for (var tick = 0; tick <= 100; tick += 25)
        {
            var y = Y(plot, tick);
            graphics.DrawLine(grid, plot.Left, y, plot.Right, y);
            graphics.DrawString(string.Create(CultureInfo.InvariantCulture, $"{tick} %"), small.Font, small.Brush, plot.Left - 4, y, XStringFormats.CenterRight);
        }

        var axis = new XPen(ReportStyle.Muted, 0.7);
        graphics.DrawLine(axis, plot.Left, plot.Top, plot.Left, plot.Bottom);
        graphics.DrawLine(axis, plot.Left, plot.Bottom, plot.Right, plot.Bottom);
    }

    /// <summary>A tick per run; date and time under every run, or under every k-th counting back from this run when they would overlap.</summary>
    private static void DrawRuns(ReportContext context, ScoreTrend trend, XRect plot, double[] xs)
    {
        var graphics = context.Flow.Graphics;
        var small = context.Style.Small;
        var tick = new XPen(ReportStyle.Muted, 0.7);
        var spacing = xs.Length > 1 ? xs[1] - xs[0] : plot.Width;
        var step = Math.Max(1, (int)Math.Ceiling((context.Flow.Measure.Width("0000-00-00", small.Font) + 6) / spacing));
        for (var i = 0; i < xs.Length; i++)
        {
            graphics.DrawLine(tick, xs[i], plot.Bottom, xs[i], plot.Bottom + 3);
            if ((xs.Length - 1 - i) % step == 0)
            {
                var time = trend.Runs[i].AuditedAt.UtcDateTime;
                graphics.DrawString(time.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), small.Font, small.Brush, xs[i], plot.Bottom + 5, XStringFormats.TopCenter);
                graphics.DrawString(time.ToString("HH:mm", CultureInfo.InvariantCulture), small.Font, small.Brush, xs[i], plot.Bottom + 5 + small.LineHeight, XStringFormats.TopCenter);
            }

            if (trend.Runs[i].Current)
            {
                graphics.DrawLine(new XPen(ReportStyle.Muted, 0.5) { DashStyle = XDashStyle.Dash }, xs[i], plot.Top, xs[i], plot.Bottom);
                graphics.DrawString("this run", small.Font, small.Brush, Math.Min(xs[i], plot.Right - 14), plot.Top - 2, XStringFormats.BottomCenter);
            }
        }
    }

    /// <summary>Segments join consecutive runs that both have a score; a run without one leaves a gap.</summary>
    private static void DrawSeries(XGraphics graphics, ScoreTrend trend, int index, XRect plot, double[] xs)
    {
        var framework = trend.Frameworks[index];
        var pen = TrendMarks.Line(index);
        double? previous = null;
        for (var i = 0; i < xs.Length; i++)
        {
            var score = ScoreTrend.Score(trend.Runs[i], framework);
            if (score is { } value && previous is { } last)
            {
                graphics.DrawLine(pen, xs[i - 1], Y(plot, last), xs[i], Y(plot, value));
            }

            previous = score;
        }

        for (var i = 0; i < xs.Length; i++)
        {
            if (ScoreTrend.Score(trend.Runs[i], framework) is { } value)
            {
                TrendMarks.Marker(graphics, index, xs[i], Y(plot, value));
            }
        }
    }

    /// <summary>Legend entries (index, fitted name, width) packed into rows no wider than the content.</summary>
    private static List<List<(int Index, string Name, double Width)>> LegendRows(ReportContext context, IReadOnlyList<TrendFramework> frameworks)
    {
        var font = context.Style.Cell.Font;
        var rows = new List<List<(int, string, double)>> { new() };
        var used = 0.0;
        for (var i = 0; i < frameworks.Count; i++)
        {
            var name = Fit(context, frameworks[i].Name, context.Flow.Width / 2);
            var width = 22 + context.Flow.Measure.Width(name, font) + 16;
            if (used > 0 && used + width > context.Flow.Width - AxisWidth)
            {
                rows.Add([]);
                used = 0;
            }

            rows[^1].Add((i, name, width));
            used += width;
        }

        return rows;
    }

    private static void DrawLegend(ReportContext context, List<List<(int Index, string Name, double Width)>> rows)
    {
        var flow = context.Flow;
        var cell = context.Style.Cell;
        foreach (var row in rows)
        {
            var x = flow.Left + AxisWidth;
            var y = flow.Y + (LegendRow / 2);
            foreach (var (index, name, width) in row)
            {
                flow.Graphics.DrawLine(TrendMarks.Line(index), x, y, x + 16, y);
                TrendMarks.Marker(flow.Graphics, index, x + 8, y);
                flow.Graphics.DrawString(name, cell.Font, cell.Brush, x + 22, y, XStringFormats.CenterLeft);
                x += width;
            }

            flow.Advance(LegendRow);
        }
    }

    private static string Fit(ReportContext context, string text, double width)
    {
        var lines = Layout.TextWrapper.Wrap(text, context.Style.Cell.Font, width, context.Flow.Measure);
        return lines.Count > 1 ? lines[0].TrimEnd() + "…" : lines.Count == 1 ? lines[0] : string.Empty;
    }
}
