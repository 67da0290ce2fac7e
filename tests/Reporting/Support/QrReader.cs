using System.Text;
using ZXing;
using ZXing.Common;

namespace LaiChau.Reporting.Tests.Support;

/// <summary>Rasterises page 1 with pdftoppm (greyscale PGM) and decodes a QR code from it with ZXing (no System.Drawing).</summary>
internal static class QrReader
{
    public static string? DecodePageOne(byte[] pdf)
    {
        var pgm = ExternalTool.WithFile(pdf, path =>
        {
            var (exitCode, output) = ExternalTool.Run("pdftoppm", "-r", "150", "-gray", "-f", "1", "-l", "1", "-singlefile", path, path);
            Assert.True(exitCode == 0, output);
            var image = path + ".pgm";
            var bytes = File.ReadAllBytes(image);
            File.Delete(image);
            return bytes;
        });

        var (width, height, offset) = PgmHeader(pgm);
        var source = new RGBLuminanceSource(pgm[offset..(offset + width * height)], width, height, RGBLuminanceSource.BitmapFormat.Gray8);
        var reader = new BarcodeReaderGeneric
        {
            Options = new DecodingOptions { PossibleFormats = [BarcodeFormat.QR_CODE], TryHarder = true },
        };
        return reader.Decode(source)?.Text;
    }

    /// <summary>Binary PGM: "P5", width, height, maxval, one whitespace, then the pixels.</summary>
    private static (int Width, int Height, int Offset) PgmHeader(byte[] pgm)
    {
        var fields = new List<string>();
        var position = 0;
        while (fields.Count < 4)
        {
            while (char.IsWhiteSpace((char)pgm[position]))
            {
                position++;
            }

            var start = position;
            while (!char.IsWhiteSpace((char)pgm[position]))
            {
                position++;
            }

            fields.Add(Encoding.ASCII.GetString(pgm, start, position - start));
        }

        Assert.Equal("P5", fields[0]);
        return (int.Parse(fields[1], System.Globalization.CultureInfo.InvariantCulture),
            int.Parse(fields[2], System.Globalization.CultureInfo.InvariantCulture), position + 1);
    }
}
