using System.Buffers.Binary;

namespace LaiChau.Host.Reports.Media.Metadata;

/// <summary>
/// JPEG: the segments before the image data are copied except APP1 (EXIF, XMP), APP13 (IPTC) and comments; an EXIF
/// orientation other than "normal" is written back as a minimal EXIF holding that one tag. Null when the segments
/// cannot be followed up to the start of scan.
/// </summary>
internal static class JpegMetadata
{
    private const byte App1 = 0xE1, App13 = 0xED, Comment = 0xFE, StartOfScan = 0xDA;

    public static byte[]? Strip(byte[] jpeg)
    {
        if (jpeg.Length < 4 || jpeg[0] != 0xFF || jpeg[1] != 0xD8)
        {
            return null;
        }

        using var output = new MemoryStream(jpeg.Length);
        output.Write(jpeg, 0, 2);
        ushort? orientation = null;
        var at = 2;
        while (true)
        {
            if (at + 4 > jpeg.Length || jpeg[at] != 0xFF)
            {
                return null;
            }

            var marker = jpeg[at + 1];
            if (marker == 0xFF)
            {
                at++; // fill byte
                continue;
            }

            var length = BinaryPrimitives.ReadUInt16BigEndian(jpeg.AsSpan(at + 2));
            if (length < 2 || at + 2 + length > jpeg.Length)
            {
                return null;
            }

            var segment = jpeg.AsSpan(at, 2 + length);
            if (marker == StartOfScan)
            {
                if (orientation is { } o and not 1)
                {
                    output.Write(OrientationOnlyExif(o));
                }

                output.Write(jpeg, at, jpeg.Length - at); // the image data and the end, as they are
                return output.ToArray();
            }

            if (marker == App1)
            {
                orientation ??= ExifOrientation(segment[4..]);
            }
            else if (marker != App13 && marker != Comment)
            {
                output.Write(segment);
            }

            at += 2 + length;
        }
    }

    /// <summary>Tag 0x0112 of IFD0 in an APP1 "Exif\0\0" payload; null when absent or malformed.</summary>
    private static ushort? ExifOrientation(ReadOnlySpan<byte> payload)
    {
        if (payload.Length < 14 || !payload[..6].SequenceEqual("Exif\0\0"u8))
        {
            return null;
        }

        var tiff = payload[6..];
        var little = tiff[0] == (byte)'I' && tiff[1] == (byte)'I';
        if (!little && !(tiff[0] == (byte)'M' && tiff[1] == (byte)'M'))
        {
            return null;
        }

        ushort U16(ReadOnlySpan<byte> s) => little ? BinaryPrimitives.ReadUInt16LittleEndian(s) : BinaryPrimitives.ReadUInt16BigEndian(s);
        var ifd = (int)(little ? BinaryPrimitives.ReadUInt32LittleEndian(tiff[4..]) : BinaryPrimitives.ReadUInt32BigEndian(tiff[4..]));
        if (ifd < 8 || ifd + 2 > tiff.Length)
        {
            return null;
        }

        var entries = U16(tiff[ifd..]);
        for (var i = 0; i < entries; i++)
        {
            var entry = ifd + 2 + (i * 12);
            if (entry + 12 > tiff.Length)
            {
                return null;
            }

            if (U16(tiff[entry..]) == 0x0112 && U16(tiff[(entry + 2)..]) == 3)
            {
                var value = U16(tiff[(entry + 8)..]);
                return value is >= 1 and <= 8 ? value : null;
            }
        }

        return null;
    }

    /// <summary>APP1 with "Exif\0\0", a little-endian TIFF header and IFD0 holding only the orientation.</summary>
    private static byte[] OrientationOnlyExif(ushort orientation)
    {
        byte[] tiff =
        [
            (byte)'I', (byte)'I', 42, 0, 8, 0, 0, 0, // header, IFD0 at offset 8
            1, 0, // one entry
            0x12, 0x01, 3, 0, 1, 0, 0, 0, (byte)orientation, 0, 0, 0, // Orientation, SHORT, count 1, value
            0, 0, 0, 0, // no next IFD
        ];
        var length = 2 + 6 + tiff.Length;
        return [0xFF, App1, (byte)(length >> 8), (byte)length, .. "Exif\0\0"u8, .. tiff];
    }
}
