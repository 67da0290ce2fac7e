using LaiChau.Reporting.Fonts;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace LaiChau.Reporting.Layout;

/// <summary>
/// A flowing cursor over A4 pages: paragraphs, rules and tables go below each other and a new page starts when the
/// next line does not fit. Pages from the second one get their number centred in the top margin (Decree 30).
/// </summary>
public sealed class DocumentBuilder : IDisposable
{
    private readonly PdfDocument _document = new();
    private readonly Dictionary<(TextStyle, double), XFont> _fonts = [];
    private XGraphics? _graphics;
    private PdfPage? _page;

    public DocumentBuilder(string title, DateOnly date, PageSettings? settings = null)
    {
        DocumentFonts.Use();
        Settings = settings ?? PageSettings.Decree30;
        _document.Info.Title = title;
        _document.Info.Creator = "LaiChau.Workflow";
        // The document's own date, so the same record always gives the same metadata (no clock in Reporting).
        _document.Info.CreationDate = date.ToDateTime(TimeOnly.MinValue);
        // PDFsharp 6.2.4 writes Flate streams without the zlib Adler-32 trailer: save plain, compress in ToBytes.
        _document.Options.NoCompression = true;
        _document.Options.CompressContentStreams = false;
        NewPage();
    }

    public PageSettings Settings { get; }

    /// <summary>Top of the free space on the current page, in points from the top edge.</summary>
    public double Y { get; set; }

    public int PageCount => _document.PageCount;

    public XGraphics Graphics => _graphics ?? throw new ObjectDisposedException(nameof(DocumentBuilder));

    public XFont Font(TextStyle style, double size)
    {
        if (!_fonts.TryGetValue((style, size), out var font))
        {
            font = Typefaces.Get(style, size);
            _fonts[(style, size)] = font;
        }

        return font;
    }

    public double Measure(string text, TextStyle style, double size) => Graphics.MeasureString(text, Font(style, size)).Width;

    public void NewPage()
    {
        _graphics?.Dispose();
        _page = _document.AddPage();
        _page.Width = XUnit.FromPoint(Settings.Width);
        _page.Height = XUnit.FromPoint(Settings.Height);
        _graphics = XGraphics.FromPdfPage(_page);
        Y = Settings.Top;
        if (PageCount >= 2)
        {
            var number = PageCount.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var font = Font(TextStyle.Regular, Settings.BodyFontSize);
            Graphics.DrawString(number, font, XBrushes.Black, Settings.Left + Settings.ContentWidth / 2, Settings.Top / 2 + font.Size / 2,
                XStringFormats.BaseLineCenter);
        }
    }

    /// <summary>Starts a new page unless <paramref name="height"/> points still fit (or the page is still empty).</summary>
    public void EnsureSpace(double height)
    {
        if (Y + height > Settings.Bottom && Y > Settings.Top)
        {
            NewPage();
        }
    }

    public void Space(double points) => Y += points;

    /// <summary>Flows a paragraph across the full content width, breaking pages between lines.</summary>
    public void Add(Paragraph paragraph)
    {
        Y += paragraph.SpaceBefore;
        foreach (var line in Break(paragraph, Settings.ContentWidth))
        {
            EnsureSpace(paragraph.LineHeight);
            LineRenderer.Draw(this, line, paragraph, Settings.Left, Y, Settings.ContentWidth);
            Y += paragraph.LineHeight;
        }

        Y += paragraph.SpaceAfter;
    }

    /// <summary>Draws a paragraph in a box without page breaks (header columns, table cells); returns its bottom.</summary>
    public double DrawAt(Paragraph paragraph, double x, double top, double width)
    {
        var y = top + paragraph.SpaceBefore;
        foreach (var line in Break(paragraph, width))
        {
            LineRenderer.Draw(this, line, paragraph, x, y, width);
            y += paragraph.LineHeight;
        }

        return y + paragraph.SpaceAfter;
    }

    public double Height(Paragraph paragraph, double width) =>
        paragraph.SpaceBefore + Break(paragraph, width).Count * paragraph.LineHeight + paragraph.SpaceAfter;

    /// <summary>A horizontal rule of <paramref name="width"/> points centred on <paramref name="centreX"/>.</summary>
    public void Rule(double centreX, double y, double width, double thickness = 0.6) =>
        Graphics.DrawLine(new XPen(XColors.Black, thickness), centreX - width / 2, y, centreX + width / 2, y);

    /// <summary>A rule across the content width at the cursor.</summary>
    public void HorizontalRule()
    {
        EnsureSpace(6);
        Rule(Settings.Left + Settings.ContentWidth / 2, Y + 3, Settings.ContentWidth);
        Y += 6;
    }

    /// <summary>Makes <paramref name="area"/> (page coordinates, from the top) of the current page a web link.</summary>
    public void Link(XRect area, Uri target)
    {
        ArgumentNullException.ThrowIfNull(target);
        // Annotations live in PDF space, whose origin is the bottom-left corner.
        var pdfArea = new XRect(area.X, Settings.Height - area.Bottom, area.Width, area.Height);
        _page!.AddWebLink(new PdfRectangle(pdfArea), target.AbsoluteUri);
    }

    public byte[] ToBytes()
    {
        _graphics?.Dispose();
        _graphics = null;
        using var stream = new MemoryStream();
        _document.Save(stream);
        return StreamCompression.Compress(stream.ToArray());
    }

    public void Dispose()
    {
        _graphics?.Dispose();
        _document.Dispose();
    }

    internal IReadOnlyList<TextLine> Break(Paragraph paragraph, double width) =>
        LineBreaker.Break(paragraph, width, (text, style) => Measure(text, style, paragraph.FontSize));
}
