using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace LaiChau.Reporting.Tests.Support;

/// <summary>
/// Reads the 8-bit greyscale or RGB, non-interlaced PNGs that <c>pdftoppm -png</c> writes, as grey levels, so golden
/// images can be compared without System.Drawing or an image library.
/// </summary>
internal sealed record GreyPng(int Width, int Height, byte[] Pixels)
{
    public static GreyPng Read(byte[] png)
    {
        int width = 0, height = 0, channels = 1;
        using var idat = new MemoryStream();
        for (var position = 8; position < png.Length;)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(position));
            var type = Encoding.ASCII.GetString(png, position + 4, 4);
            var data = png.AsSpan(position + 8, length);
            if (type == "IHDR")
            {
                width = BinaryPrimitives.ReadInt32BigEndian(data);
                height = BinaryPrimitives.ReadInt32BigEndian(data[4..]);
                Assert.True(data[8] == 8 && data[9] is 0 or 2 && data[12] == 0, "expected an 8-bit greyscale or RGB, non-interlaced PNG");
                channels = data[9] == 2 ? 3 : 1;
            }
            else if (type == "IDAT")
            {
                idat.Write(data);
            }

            position += 12 + length;
        }

        idat.Position = 0;
        using var zlib = new ZLibStream(idat, CompressionMode.Decompress);
        using var raw = new MemoryStream();
        zlib.CopyTo(raw);
        var samples = Unfilter(raw.ToArray(), width * channels, height, channels);
        var grey = new byte[width * height];
        for (var i = 0; i < grey.Length; i++)
        {
            grey[i] = (byte)(channels == 1 ? samples[i] : (samples[3 * i] + samples[3 * i + 1] + samples[3 * i + 2]) / 3);
        }

        return new GreyPng(width, height, grey);
    }

    /// <summary>Share of pixels whose grey level differs by more than <paramref name="threshold"/>.</summary>
    public double DifferenceFrom(GreyPng other, int threshold = 24)
    {
        Assert.Equal((Width, Height), (other.Width, other.Height));
        var differing = Pixels.Where((p, i) => Math.Abs(p - other.Pixels[i]) > threshold).Count();
        return (double)differing / Pixels.Length;
    }

    /// <summary>Undoes the per-row PNG filters; <paramref name="width"/> is in bytes, <paramref name="step"/> bytes per pixel.</summary>
    private static byte[] Unfilter(byte[] raw, int width, int height, int step)
    {
        var pixels = new byte[width * height];
        for (var y = 0; y < height; y++)
        {
            var filter = raw[y * (width + 1)];
            for (var x = 0; x < width; x++)
            {
                int a = x >= step ? pixels[y * width + x - step] : 0, b = y > 0 ? pixels[(y - 1) * width + x] : 0;
                int c = x >= step && y > 0 ? pixels[(y - 1) * width + x - step] : 0;
                var value = raw[y * (width + 1) + 1 + x];
                pixels[y * width + x] = (byte)(value + filter switch
                {
                    1 => a,
                    2 => b,
                    3 => (a + b) / 2,
                    4 => Paeth(a, b, c),
                    _ => 0,
                });
            }
        }

        return pixels;
    }

    private static int Paeth(int a, int b, int c)
    {
        int p = a + b - c, pa = Math.Abs(p - a), pb = Math.Abs(p - b), pc = Math.Abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }
}
