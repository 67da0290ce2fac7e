using LaiChau.Reporting.Fonts;
using LaiChau.Reporting.Layout;
using LaiChau.Reporting.Tests.Support;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace LaiChau.Reporting.Tests.Layout;

public sealed class StreamCompressionTests
{
    /// <summary>
    /// Why StreamCompression exists: PDFsharp 6.2.4 compresses streams without the zlib Adler-32 trailer. When this
    /// test fails after a PDFsharp upgrade, the upstream fix has landed and StreamCompression can go.
    /// </summary>
    [Fact]
    public void PdfSharpOwnCompression_OmitsTheZlibTrailer_WhichQpdfReports()
    {
        DocumentFonts.Use();
        using var document = new PdfDocument();
        using (var graphics = XGraphics.FromPdfPage(document.AddPage()))
        {
            graphics.DrawString("Độc lập - Tự do - Hạnh phúc", new XFont(DocumentFonts.Family, 13), XBrushes.Black, 100, 100);
        }

        using var stream = new MemoryStream();
        document.Save(stream);

        Assert.Contains("input stream is complete", ExternalTool.QpdfProblems(stream.ToArray()), StringComparison.Ordinal);
    }

    [Fact]
    public void ToBytes_EveryStream_IsCompressedAndDecodesCleanly()
    {
        using var builder = new DocumentBuilder("Kiểm thử", new DateOnly(2026, 2, 5));
        builder.Add(Paragraph.Body(string.Join(" ", Enumerable.Repeat("Phản ánh về đường giao thông nông thôn bị hư hỏng.", 50))));
        var pdf = builder.ToBytes();

        ExternalTool.AssertQpdfCheckPasses(pdf);
        Assert.True(pdf.Length < 60_000, $"{pdf.Length} bytes: streams were not compressed");
    }
}
