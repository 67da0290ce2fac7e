using System.Buffers.Binary;
using System.Text;
using LaiChau.Host.Reports.Media;
using LaiChau.Host.Reports.Media.Metadata;

namespace LaiChau.Host.Tests.Reports.Media;

/// <summary>R5.5: a photo loses the phone's GPS position and other metadata before it is stored.</summary>
public sealed class PhotoMetadataTests
{
    private static readonly byte[] Scan = [0xFF, 0xDA, 0x00, 0x08, 1, 2, 3, 4, 5, 6, 0x11, 0x22, 0x33, 0xFF, 0xD9];

    [Fact]
    public void R5_5_Jpeg_WithGpsExifAndComment_KeepsOnlyOrientationAndThePicture()
    {
        var jpeg = Jpeg(Segment(0xE0, "JFIF\0\u0001\u0001"u8), Segment(0xE1, Exif(orientation: 6, gps: true)),
            Segment(0xFE, "Chup boi Nguyen Van An"u8), Segment(0xDB, [0, 1, 2, 3]));

        var stripped = PhotoMetadata.Strip(jpeg, MediaSniffer.Jpeg);

        Assert.DoesNotContain("GPS", Latin1(stripped), StringComparison.Ordinal);
        Assert.DoesNotContain("Nguyen", Latin1(stripped), StringComparison.Ordinal);
        Assert.Contains("JFIF", Latin1(stripped), StringComparison.Ordinal);
        Assert.Equal(Scan, stripped[^Scan.Length..]);
        Assert.Equal([0x12, 0x01, 3, 0, 1, 0, 0, 0, 6, 0], OrientationEntry(stripped));
        Assert.True(stripped.Length < jpeg.Length);
    }

    [Fact]
    public void R5_5_Jpeg_UprightPhoto_HasNoExifLeft()
    {
        var jpeg = Jpeg(Segment(0xE1, Exif(orientation: 1, gps: true)), Segment(0xDB, [9, 9]));

        var stripped = PhotoMetadata.Strip(jpeg, MediaSniffer.Jpeg);

        Assert.DoesNotContain("Exif", Latin1(stripped), StringComparison.Ordinal);
        Assert.Equal([0xFF, 0xD8, 0xFF, 0xDB], stripped[..4]);
    }

    [Fact]
    public void Jpeg_WhoseSegmentsCannotBeFollowed_IsKeptAsReceived()
    {
        var broken = MediaSamples.Jpeg(300);

        Assert.Same(broken, PhotoMetadata.Strip(broken, MediaSniffer.Jpeg));
    }

    [Fact]
    public void R5_5_Png_DropsTextAndExifChunks()
    {
        byte[] png = [0x89, .. "PNG\r\n\u001a\n"u8, .. Chunk("IHDR", new byte[13]), .. Chunk("tEXt", "Author\0Nguyen Van An"u8.ToArray()),
            .. Chunk("eXIf", Exif(orientation: 1, gps: true)), .. Chunk("IDAT", [1, 2, 3]), .. Chunk("IEND", [])];

        var stripped = PhotoMetadata.Strip(png, MediaSniffer.Png);

        Assert.DoesNotContain("Nguyen", Latin1(stripped), StringComparison.Ordinal);
        Assert.DoesNotContain("GPS", Latin1(stripped), StringComparison.Ordinal);
        Assert.Contains("IDAT", Latin1(stripped), StringComparison.Ordinal);
        Assert.EndsWith("IEND", Latin1(stripped[..^4]), StringComparison.Ordinal);
    }

    [Fact]
    public void R5_5_WebP_DropsExifAndClearsItsFlag()
    {
        byte[] vp8x = [0x08 | 0x04 | 0x10, 0, 0, 0, 0, 0, 0, 0, 0, 0];
        byte[] body = [.. "WEBP"u8, .. RiffChunk("VP8X", vp8x), .. RiffChunk("VP8 ", [1, 2, 3]), .. RiffChunk("EXIF", Exif(6, gps: true))];
        byte[] webp = [.. "RIFF"u8, .. BitConverter.GetBytes(body.Length), .. body];

        var stripped = PhotoMetadata.Strip(webp, MediaSniffer.WebP);

        Assert.DoesNotContain("GPS", Latin1(stripped), StringComparison.Ordinal);
        Assert.Equal(0x10, stripped[20]); // alpha kept, EXIF and XMP flags cleared
        Assert.Equal(stripped.Length - 8, BinaryPrimitives.ReadInt32LittleEndian(stripped.AsSpan(4)));
    }

    [Fact]
    public void Video_IsStoredAsReceived()
    {
        var mp4 = MediaSamples.Mp4();

        Assert.Same(mp4, PhotoMetadata.Strip(mp4, MediaSniffer.Mp4));
    }

    private static byte[] Jpeg(params byte[][] segments) => [0xFF, 0xD8, .. segments.SelectMany(s => s), .. Scan];

    private static byte[] Segment(byte marker, ReadOnlySpan<byte> payload) =>
        [0xFF, marker, (byte)((payload.Length + 2) >> 8), (byte)(payload.Length + 2), .. payload];

    /// <summary>"Exif\0\0", big-endian TIFF, IFD0 with the orientation and (when asked) a GPS IFD pointer and "GPS" text.</summary>
    private static byte[] Exif(ushort orientation, bool gps)
    {
        byte[] tiff =
        [
            (byte)'M', (byte)'M', 0, 42, 0, 0, 0, 8, 0, 2,
            0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, (byte)orientation, 0, 0,
            0x88, 0x25, 0, 4, 0, 0, 0, 1, 0, 0, 0, 38,
            0, 0, 0, 0,
            .. (gps ? "GPS 22.43607N 103.40046E"u8.ToArray() : []),
        ];
        return [.. "Exif\0\0"u8, .. tiff];
    }

    private static byte[] OrientationEntry(byte[] jpeg)
    {
        var text = Latin1(jpeg);
        var ifd0 = text.IndexOf("Exif\0\0", StringComparison.Ordinal) + 6 + 8 + 2;
        return jpeg[ifd0..(ifd0 + 10)];
    }

    private static byte[] Chunk(string type, byte[] data) =>
        [.. BitConverter.GetBytes(BinaryPrimitives.ReverseEndianness(data.Length)), .. Encoding.ASCII.GetBytes(type), .. data, 0, 0, 0, 0];

    private static byte[] RiffChunk(string fourCc, byte[] data) =>
        [.. Encoding.ASCII.GetBytes(fourCc), .. BitConverter.GetBytes(data.Length), .. data, .. (data.Length % 2 == 1 ? new byte[] { 0 } : [])];

    private static string Latin1(byte[] bytes) => Encoding.Latin1.GetString(bytes);
}
