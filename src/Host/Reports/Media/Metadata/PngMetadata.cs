using System.Buffers.Binary;

namespace LaiChau.Host.Reports.Media.Metadata;

/// <summary>PNG: every chunk is copied except EXIF, text and time chunks. Null when the chunks cannot be followed.</summary>
internal static class PngMetadata
{
    private static readonly HashSet<string> Dropped = new(StringComparer.Ordinal) { "eXIf", "tEXt", "zTXt", "iTXt", "tIME" };

    public static byte[]? Strip(byte[] png)
    {
        const int signature = 8;
        if (png.Length < signature + 12)
        {
            return null;
        }

        using var output = new MemoryStream(png.Length);
        output.Write(png, 0, signature);
        var at = signature;
        while (at < png.Length)
        {
            if (at + 12 > png.Length)
            {
                return null;
            }

            var length = BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(at));
            if (length > int.MaxValue - 12 || at + 12 + (long)length > png.Length)
            {
                return null;
            }

            var type = System.Text.Encoding.ASCII.GetString(png, at + 4, 4);
            var chunk = 12 + (int)length;
            if (!Dropped.Contains(type))
            {
                output.Write(png, at, chunk);
            }

            at += chunk;
            if (type == "IEND")
            {
                return output.ToArray();
            }
        }

        return null;
    }
}
