using System.Buffers.Binary;
using System.Globalization;
using System.Text;

namespace LaiChau.Host.Web;

/// <summary>
/// The app's icon, drawn once from a few shapes on a 32-unit grid: a white map pin (a report's place) on the portal's
/// red. The same shapes give the SVG and the pixels of the .ico, so the two never drift apart.
/// </summary>
public static class FaviconDrawing
{
    public const string Brand = "#8a1c1c"; // --brand in Web/Client/src/app.css
    public static readonly int[] IcoSizes = [16, 32, 48];

    private const double Grid = 32;

    /// <summary>Painted in order, each over the ones before.</summary>
    private static readonly Shape[] Shapes =
    [
        new RoundedSquare(Radius: 6, Brand),
        new Pin(CentreX: 16, CentreY: 13, Radius: 8, TipY: 28, "#ffffff"),
        new Circle(CentreX: 16, CentreY: 13, Radius: 3, Brand),
    ];

    public static string Svg() =>
        $"""<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32">{string.Concat(Shapes.Select(s => s.Svg()))}</svg>""" + "\n";

    /// <summary>An .ico of 16, 32 and 48 pixels (32-bit BMP images with alpha, as every browser reads them).</summary>
    public static byte[] Ico()
    {
        var images = IcoSizes.Select(Bitmap).ToList();
        using var ico = new MemoryStream();
        using var w = new BinaryWriter(ico);
        w.Write((ushort)0); // reserved
        w.Write((ushort)1); // type: icon
        w.Write((ushort)images.Count);
        var offset = 6 + (16 * images.Count);
        for (var i = 0; i < images.Count; i++)
        {
            w.Write((byte)IcoSizes[i]);
            w.Write((byte)IcoSizes[i]);
            w.Write((byte)0); // no palette
            w.Write((byte)0);
            w.Write((ushort)1); // planes
            w.Write((ushort)32); // bits per pixel
            w.Write(images[i].Length);
            w.Write(offset);
            offset += images[i].Length;
        }

        images.ForEach(w.Write);
        w.Flush();
        return ico.ToArray();
    }

    /// <summary>BITMAPINFOHEADER, BGRA rows bottom-up, then the 1-bit AND mask (all zero: alpha decides).</summary>
    private static byte[] Bitmap(int size)
    {
        var maskRow = ((size + 31) / 32) * 4;
        var bytes = new byte[40 + (size * size * 4) + (maskRow * size)];
        var header = bytes.AsSpan();
        BinaryPrimitives.WriteInt32LittleEndian(header, 40);
        BinaryPrimitives.WriteInt32LittleEndian(header[4..], size);
        BinaryPrimitives.WriteInt32LittleEndian(header[8..], size * 2); // the colour image and its mask
        BinaryPrimitives.WriteInt16LittleEndian(header[12..], 1);
        BinaryPrimitives.WriteInt16LittleEndian(header[14..], 32);
        for (var y = 0; y < size; y++)
        {
            for (var x = 0; x < size; x++)
            {
                var (r, g, b, a) = Pixel(x, y, size);
                var at = 40 + ((((size - 1 - y) * size) + x) * 4);
                (bytes[at], bytes[at + 1], bytes[at + 2], bytes[at + 3]) = (b, g, r, a);
            }
        }

        return bytes;
    }

    /// <summary>4 × 4 samples a pixel, painted shape over shape: anti-aliased edges.</summary>
    private static (byte R, byte G, byte B, byte A) Pixel(int x, int y, int size)
    {
        const int n = 4;
        double r = 0, g = 0, b = 0, a = 0;
        for (var i = 0; i < n * n; i++)
        {
            var (px, py) = ((x + ((i % n) + 0.5) / n) * Grid / size, (y + ((i / n) + 0.5) / n) * Grid / size);
            if (Shapes.LastOrDefault(s => s.Contains(px, py)) is { } top)
            {
                var (cr, cg, cb) = top.Rgb;
                (r, g, b, a) = (r + cr, g + cg, b + cb, a + 1);
            }
        }

        return a == 0 ? default : ((byte)(r / a), (byte)(g / a), (byte)(b / a), (byte)Math.Round(255 * a / (n * n)));
    }

    private abstract record Shape(string Fill)
    {
        public (int R, int G, int B) Rgb => (Hex(1), Hex(3), Hex(5));

        public abstract bool Contains(double x, double y);

        public abstract string Svg();

        private int Hex(int at) => int.Parse(Fill.AsSpan(at, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
    }

    private sealed record RoundedSquare(double Radius, string Fill) : Shape(Fill)
    {
        public override bool Contains(double x, double y)
        {
            var (dx, dy) = (Math.Max(Radius - x, x - (Grid - Radius)), Math.Max(Radius - y, y - (Grid - Radius)));
            return x is >= 0 and <= Grid && y is >= 0 and <= Grid && (dx <= 0 || dy <= 0 || (dx * dx) + (dy * dy) <= Radius * Radius);
        }

        public override string Svg() => Invariant($"""<rect width="{Grid}" height="{Grid}" rx="{Radius}" fill="{Fill}"/>""");
    }

    private sealed record Circle(double CentreX, double CentreY, double Radius, string Fill) : Shape(Fill)
    {
        public override bool Contains(double x, double y) => Math.Pow(x - CentreX, 2) + Math.Pow(y - CentreY, 2) <= Radius * Radius;

        public override string Svg() => Invariant($"""<circle cx="{CentreX}" cy="{CentreY}" r="{Radius}" fill="{Fill}"/>""");
    }

    /// <summary>A map pin: a circle and the two tangents from its tip below.</summary>
    private sealed record Pin(double CentreX, double CentreY, double Radius, double TipY, string Fill) : Shape(Fill)
    {
        public override bool Contains(double x, double y)
        {
            if (Math.Pow(x - CentreX, 2) + Math.Pow(y - CentreY, 2) <= Radius * Radius)
            {
                return true;
            }

            var (ty, tx) = Tangent();
            var half = (TipY - y) / (TipY - ty) * (tx - CentreX); // the tangents' half-width at height y
            return y >= ty && y <= TipY && Math.Abs(x - CentreX) <= half;
        }

        public override string Svg()
        {
            var (ty, tx) = Tangent();
            var left = (2 * CentreX) - tx;
            return Invariant($"""<path d="M{CentreX} {TipY}L{left:0.###} {ty:0.###}A{Radius} {Radius} 0 1 1 {tx:0.###} {ty:0.###}Z" fill="{Fill}"/>""");
        }

        /// <summary>Where the right tangent from the tip touches the circle.</summary>
        private (double Y, double X) Tangent()
        {
            var d = TipY - CentreY;
            var angle = Math.Asin(Radius / d);
            return (CentreY + (Radius * Math.Sin(angle)), CentreX + (Radius * Math.Cos(angle)));
        }
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
