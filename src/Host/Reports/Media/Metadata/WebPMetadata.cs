using System.Buffers.Binary;

namespace LaiChau.Host.Reports.Media.Metadata;

/// <summary>
/// WebP (RIFF): the EXIF and XMP chunks are dropped, their flags cleared in the VP8X header, and the RIFF size
/// corrected. Null when the chunks cannot be followed.
/// </summary>
internal static class WebPMetadata
{
    private const byte ExifFlag = 0x08, XmpFlag = 0x04;

    public static byte[]? Strip(byte[] webp)
    {
        if (webp.Length < 20)
        {
            return null;
        }

        using var output = new MemoryStream(webp.Length);
        output.Write(webp, 0, 12); // RIFF, size (fixed below), WEBP
        var at = 12;
        while (at < webp.Length)
        {
            if (at + 8 > webp.Length)
            {
                return null;
            }

            var fourCc = System.Text.Encoding.ASCII.GetString(webp, at, 4);
            var size = BinaryPrimitives.ReadUInt32LittleEndian(webp.AsSpan(at + 4));
            var padded = 8 + (long)size + (size & 1);
            if (at + 8 + (long)size > webp.Length)
            {
                return null;
            }

            var chunk = (int)Math.Min(padded, webp.Length - at);
            if (fourCc is not ("EXIF" or "XMP "))
            {
                var start = (int)output.Position;
                output.Write(webp, at, chunk);
                if (fourCc == "VP8X" && size >= 1)
                {
                    output.GetBuffer()[start + 8] &= unchecked((byte)~(ExifFlag | XmpFlag));
                }
            }

            at += chunk;
        }

        var result = output.ToArray();
        BinaryPrimitives.WriteUInt32LittleEndian(result.AsSpan(4), (uint)(result.Length - 8));
        return result;
    }
}
