using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace ComplianceAuditor.Reports.Pdf.Layout;

/// <summary>
/// The writing position in a document: content goes down the page and onto a new page when a
/// block does not fit. Bookmarks point at the page where the writing position is.
/// </summary>
public sealed class PageFlow(PdfDocument document, PageGeometry geometry, TextMeasure measure) : IDisposable
{
    private readonly List<PdfOutline> _outline = [];
    private XGraphics? _graphics;
    private PdfPage? _page;

    public PageGeometry Geometry { get; } = geometry;

    public TextMeasure Measure { get; } = measure;

    public PdfDocument Document { get; } = document;

    public XGraphics Graphics => _graphics ?? StartPage();

    public double Y { get; private set; }

    public double Left => Geometry.Margin;

    public double Width => Geometry.ContentWidth;

    public double Remaining => Geometry.ContentBottom - Y;

    public bool AtPageTop => _graphics is null || Y <= Geometry.ContentTop + 0.01;

    public XGraphics NewPage()
    {
        _graphics?.Dispose();
        _graphics = null;
        return StartPage();
    }

    /// <summary>Keeps a block of <paramref name="height"/> on one page: a new page if it does not fit here.</summary>
    public void EnsureSpace(double height)
    {
        if (_graphics is null || (!AtPageTop && Y + height > Geometry.ContentBottom))
        {
            NewPage();
        }
    }

    public void Advance(double height) => Y += height;

    /// <summary>An outline entry at the current page; level 0 is a section, level 1 sits under the last section.</summary>
    public void Bookmark(string title, int level)
    {
        var page = _page ?? throw new InvalidOperationException("no page yet");
        var parent = level > 0 && _outline.Count > 0 ? _outline[^1].Outlines : Document.Outlines;
        var entry = parent.Add(title, page, level == 0);
        if (level == 0)
        {
            _outline.Add(entry);
        }
    }

    public void Dispose()
    {
        _graphics?.Dispose();
        _graphics = null;
    }

    private XGraphics StartPage()
    {
        _page = Document.AddPage();
        _page.Width = XUnit.FromPoint(Geometry.Width);
        _page.Height = XUnit.FromPoint(Geometry.Height);
        _graphics = XGraphics.FromPdfPage(_page);
        Y = Geometry.ContentTop;
        return _graphics;
    }
}
