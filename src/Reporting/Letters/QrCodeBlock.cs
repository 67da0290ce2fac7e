using LaiChau.Reporting.Layout;
using PdfSharp.Drawing;
using QRCoder;

namespace LaiChau.Reporting.Letters;

/// <summary>The tracking link as a QR code (vector squares, sharp at any zoom) with the link written beside it.</summary>
internal static class QrCodeBlock
{
    private const double Size = 80;

    public static void Add(DocumentBuilder builder, Uri link)
    {
        var s = builder.Settings;
        builder.EnsureSpace(Size);
        var top = builder.Y;

        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(link.AbsoluteUri, QRCodeGenerator.ECCLevel.M);
        var matrix = data.ModuleMatrix; // includes the 4-module quiet zone
        var module = Size / matrix.Count;
        for (var row = 0; row < matrix.Count; row++)
        {
            // One rectangle per run of dark modules: fewer operators and no hairline seams between squares.
            for (var col = 0; col < matrix.Count;)
            {
                if (!matrix[row][col])
                {
                    col++;
                    continue;
                }

                var start = col;
                while (col < matrix.Count && matrix[row][col])
                {
                    col++;
                }

                builder.Graphics.DrawRectangle(XBrushes.Black, s.Left + start * module, top + row * module, (col - start) * module, module);
            }
        }

        var textX = s.Left + Size + 8;
        var textWidth = s.ContentWidth - Size - 8;
        var y = builder.DrawAt(LetterText.Line("Quét mã hoặc truy cập đường dẫn để theo dõi phản ánh:", TextStyle.Italic), textX, top + 16, textWidth);
        var bottom = builder.DrawAt(LetterText.Line(link.AbsoluteUri, TextStyle.Regular), textX, y, textWidth);
        // Clickable in a mail client as well.
        builder.Link(new XRect(s.Left, top, Size, Size), link);
        builder.Link(new XRect(textX, y, textWidth, bottom - y), link);
        builder.Y = top + Size + 6;
    }
}
