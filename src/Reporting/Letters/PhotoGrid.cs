using LaiChau.Reporting.Layout;
using PdfSharp.Drawing;

namespace LaiChau.Reporting.Letters;

/// <summary>Photos two to a row, each scaled into its cell with its proportions kept, the caption under it.</summary>
internal static class PhotoGrid
{
    private const double Gap = 12, MaxHeight = 190, CaptionHeight = 16;

    public static void Add(DocumentBuilder builder, IReadOnlyList<LetterPhoto> photos)
    {
        var s = builder.Settings;
        var cellWidth = (s.ContentWidth - Gap) / 2;
        for (var i = 0; i < photos.Count; i += 2)
        {
            builder.EnsureSpace(MaxHeight + CaptionHeight);
            var top = builder.Y;
            var rowHeight = 0.0;
            for (var j = i; j < Math.Min(i + 2, photos.Count); j++)
            {
                using var stream = new MemoryStream(photos[j].Content, writable: false);
                using var image = XImage.FromStream(stream);
                var scale = Math.Min(cellWidth / image.PointWidth, MaxHeight / image.PointHeight);
                var (width, height) = (image.PointWidth * scale, image.PointHeight * scale);
                var left = s.Left + (j - i) * (cellWidth + Gap);
                builder.Graphics.DrawImage(image, left + (cellWidth - width) / 2, top, width, height);
                builder.DrawAt(LetterText.Line(photos[j].Caption, TextStyle.Italic, 11) with { Alignment = Alignment.Center }, left, top + height + 2, cellWidth);
                rowHeight = Math.Max(rowHeight, height);
            }

            builder.Y = top + rowHeight + CaptionHeight + 6;
        }
    }
}
