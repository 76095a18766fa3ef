using PdfSharp.Drawing;

namespace ComplianceAuditor.Reports.Pdf;

/// <summary>
/// How each framework's line looks in the trend chart: a colour (Okabe–Ito, distinguishable with
/// colour blindness) and a marker shape, so lines tell apart in grey print too. The legend shows
/// the same mark beside each framework's name.
/// </summary>
internal static class TrendMarks
{
    private const double Size = 3.4;

    private static readonly XColor[] Colors =
    [
        XColor.FromArgb(0x00, 0x72, 0xB2),
        XColor.FromArgb(0xD5, 0x5E, 0x00),
        XColor.FromArgb(0x00, 0x9E, 0x73),
        XColor.FromArgb(0xCC, 0x79, 0xA7),
        XColor.FromArgb(0xE6, 0x9F, 0x00),
        XColor.FromArgb(0x56, 0xB4, 0xE9),
        XColor.FromArgb(0x00, 0x00, 0x00),
    ];

    private enum Shape
    {
        Circle,
        Square,
        TriangleUp,
        Diamond,
        TriangleDown,
        Cross,
    }

    public static XColor Color(int index) => Colors[index % Colors.Length];

    /// <summary>The line pen of the framework at <paramref name="index"/>.</summary>
    public static XPen Line(int index) => new(Color(index), 1.3) { LineJoin = XLineJoin.Round, LineCap = XLineCap.Round };

    /// <summary>Draws the framework's marker centred on (x, y).</summary>
    public static void Marker(XGraphics graphics, int index, double x, double y)
    {
        var color = Color(index);
        var pen = new XPen(color, 0.9);
        var brush = new XSolidBrush(color);
        const double s = Size;
        switch ((Shape)(index % Enum.GetValues<Shape>().Length))
        {
            case Shape.Circle:
                graphics.DrawEllipse(pen, brush, x - s, y - s, 2 * s, 2 * s);
                break;
            case Shape.Square:
                graphics.DrawRectangle(pen, brush, x - (s * 0.85), y - (s * 0.85), s * 1.7, s * 1.7);
                break;
            case Shape.TriangleUp:
                Polygon(graphics, pen, brush, (x, y - (s * 1.15)), (x + (s * 1.1), y + (s * 0.8)), (x - (s * 1.1), y + (s * 0.8)));
                break;
            case Shape.Diamond:
                Polygon(graphics, pen, brush, (x, y - (s * 1.2)), (x + s, y), (x, y + (s * 1.2)), (x - s, y));
                break;
            case Shape.TriangleDown:
                Polygon(graphics, pen, brush, (x, y + (s * 1.15)), (x + (s * 1.1), y - (s * 0.8)), (x - (s * 1.1), y - (s * 0.8)));
                break;
            default:
                var thick = new XPen(color, 1.4);
                graphics.DrawLine(thick, x - s, y - s, x + s, y + s);
                graphics.DrawLine(thick, x - s, y + s, x + s, y - s);
                break;
        }
    }

    private static void Polygon(XGraphics graphics, XPen pen, XBrush brush, params (double X, double Y)[] points) =>
        graphics.DrawPolygon(pen, brush, [.. points.Select(p => new XPoint(p.X, p.Y))], XFillMode.Winding);
}
