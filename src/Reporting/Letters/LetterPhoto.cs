using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace LaiChau.Reporting.Letters;

/// <summary>A photo printed in a letter (JPEG or PNG bytes) with its caption ("Ảnh 1"), never a file id.</summary>
public sealed record LetterPhoto(byte[] Content, string Caption)
{
    /// <summary>
    /// True when PDFsharp can draw and save the photo: a file whose type was recognised at upload may still be a variant
    /// it cannot read (or damaged), and a letter must never fail for it — such a photo is listed instead of drawn.
    /// </summary>
    public static bool IsDrawable(byte[] content)
    {
        ArgumentNullException.ThrowIfNull(content);
        try
        {
            using var stream = new MemoryStream(content, writable: false);
            using var image = XImage.FromStream(stream);
            using var document = new PdfDocument();
            using (var graphics = XGraphics.FromPdfPage(document.AddPage()))
            {
                graphics.DrawImage(image, 0, 0, 10, 10);
            }

            document.Save(Stream.Null);
            return true;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return false;
        }
    }
}
