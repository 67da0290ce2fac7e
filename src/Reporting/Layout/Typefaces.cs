using LaiChau.Reporting.Fonts;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace LaiChau.Reporting.Layout;

/// <summary>Fonts for a style and size: Unicode encoding and subset embedding, so every Vietnamese glyph is in the file.</summary>
internal static class Typefaces
{
    private static readonly XPdfFontOptions Options = new(PdfFontEncoding.Unicode, PdfFontEmbedding.TryComputeSubset);

    public static XFont Get(TextStyle style, double size) => new(DocumentFonts.Family, size, style switch
    {
        TextStyle.Bold => XFontStyleEx.Bold,
        TextStyle.Italic => XFontStyleEx.Italic,
        TextStyle.BoldItalic => XFontStyleEx.BoldItalic,
        _ => XFontStyleEx.Regular,
    }, Options);

    /// <summary>Distance from the top of a line to its baseline.</summary>
    public static double Ascent(XFont font) =>
        font.Size * font.FontFamily.GetCellAscent(font.Style) / font.FontFamily.GetEmHeight(font.Style);
}
