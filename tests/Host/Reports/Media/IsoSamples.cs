using System.Buffers.Binary;
using System.Text;

namespace LaiChau.Host.Tests.Reports.Media;

/// <summary>
/// Byte-level builders of the ISO base media files a phone makes — HEIC/HEIF stills and MP4/MOV videos — each carrying a
/// GPS position, the device and its owner where real phones put them (R5.5). The picture and video data are patterns:
/// what the tests check is that they come back byte for byte while every marker of <see cref="Markers"/> is gone.
/// </summary>
internal static class IsoSamples
{
    public const string Iso6709 = "+22.4360+103.4004+312.5/";
    public const string Make = "MakerLaiChau";
    public const string Model = "PhoneModel-X9";
    public const string Owner = "Nguyen Van An";
    public const string Serial = "SN-55501234";

    /// <summary>Text that must not be left anywhere in a served file.</summary>
    public static readonly string[] Markers = [Iso6709, "+22.4360", Make, Model, Owner, Serial, "com.apple.quicktime.location", "GPSLatitude", "exif:GPS"];

    /// <summary>The bytes standing for the picture or the video frames (kept byte for byte).</summary>
    public static readonly byte[] Picture = [.. Enumerable.Range(0, 300).Select(i => (byte)(i * 7 % 251))];

    private static readonly byte[] XmpUuid = Convert.FromHexString("BE7ACFCB97A942E89C71999491E3AFAC");

    /// <summary>An XMP packet with the position, the device and the owner.</summary>
    public static byte[] Xmp() => Encoding.UTF8.GetBytes(
        "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">"
        + "<rdf:Description rdf:about=\"\" xmlns:exif=\"http://ns.adobe.com/exif/1.0/\" xmlns:tiff=\"http://ns.adobe.com/tiff/1.0/\" "
        + "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" exif:GPSLatitude=\"22,26.16N\" exif:GPSLongitude=\"103,24.024E\" "
        + $"tiff:Make=\"{Make}\" tiff:Model=\"{Model}\"><dc:creator><rdf:Seq><rdf:li>{Owner}</rdf:li></rdf:Seq></dc:creator>"
        + "</rdf:Description></rdf:RDF></x:xmpmeta>");

    /// <summary>
    /// A HEIF still: <c>ftyp</c>, <c>meta</c> (handler <c>pict</c>; items 1 picture, 2 Exif, 3 XMP) and <c>mdat</c>. With
    /// <paramref name="exifInIdat"/> the Exif item lives in the meta box's <c>idat</c> (construction method 1).
    /// </summary>
    public static byte[] Heic(string brand = "heic", bool exifInIdat = false)
    {
        byte[] ftyp = Box("ftyp", [.. Ascii(brand), 0, 0, 0, 0, .. Ascii("mif1"), .. Ascii(brand)]);
        var exif = ExifSample.WithGps();
        var xmp = Xmp();
        byte[] Meta(uint mdat) => FullBox("meta", 0, 0,
        [
            .. FullBox("hdlr", 0, 0, [0, 0, 0, 0, .. Ascii("pict"), .. new byte[12], 0]),
            .. FullBox("pitm", 0, 0, U16(1)),
            .. FullBox("iinf", 0, 0, [.. U16(3), .. Infe(1, "hvc1"), .. Infe(2, "Exif"), .. Infe(3, "mime", "application/rdf+xml")]),
            .. FullBox("iref", 0, 0, [.. Box("cdsc", [.. U16(2), .. U16(1), .. U16(1)]), .. Box("cdsc", [.. U16(3), .. U16(1), .. U16(1)])]),
            .. Box("iprp", [.. Box("ipco", FullBox("ispe", 0, 0, [.. U32(64), .. U32(48)])), .. FullBox("ipma", 0, 0, [.. U32(1), .. U16(1), 1, 0x81])]),
            .. FullBox("iloc", 1, 0,
            [
                0x44, 0x00, .. U16(3),
                .. Location(1, 0, mdat, Picture.Length),
                .. (exifInIdat ? Location(2, 1, 0, exif.Length) : Location(2, 0, mdat + (uint)Picture.Length, exif.Length)),
                .. Location(3, 0, mdat + (uint)(Picture.Length + (exifInIdat ? 0 : exif.Length)), xmp.Length),
            ]),
            .. (exifInIdat ? Box("idat", exif) : []),
        ]);
        var mdatStart = (uint)(ftyp.Length + Meta(0).Length + 8);
        return [.. ftyp, .. Meta(mdatStart), .. Box("mdat", [.. Picture, .. (exifInIdat ? [] : exif), .. xmp])];
    }

    /// <summary>
    /// A video as phones write it: a video track, a timed-metadata track with a GPS sample, user data (<c>©xyz</c>,
    /// <c>©mak</c>, <c>©mod</c>, <c>©ART</c>), Apple's QuickTime metadata (<c>keys</c>/<c>ilst</c>) and an XMP <c>uuid</c>.
    /// Every chunk offset points into the <c>mdat</c> at the end.
    /// </summary>
    public static byte[] Video(string brand = "isom")
    {
        byte[] ftyp = Box("ftyp", [.. Ascii(brand), 0, 0, 2, 0, .. Ascii(brand), .. Ascii("mp41")]);
        var gpsSample = Encoding.ASCII.GetBytes($"GPS {Iso6709} {Owner}");
        byte[] Moov(uint mdat) => Box("moov",
        [
            .. FullBox("mvhd", 0, 0, [.. new byte[8], .. U32(1000), .. U32(1000), .. U32(0x10000), .. U16(0x100), .. new byte[10], .. Matrix(), .. new byte[24], .. U32(3)]),
            .. Track(1, "vide", mdat, Picture.Length, Box("udta", Text("©mod", Model))),
            .. Track(2, "meta", mdat + (uint)Picture.Length, gpsSample.Length, []),
            .. Box("udta", [.. Text("©xyz", Iso6709), .. Text("©mak", Make), .. Text("©mod", Model), .. Text("©ART", Owner)]),
            .. Box("meta",
            [
                .. FullBox("hdlr", 0, 0, [0, 0, 0, 0, .. Ascii("mdta"), .. new byte[12], 0]),
                .. FullBox("keys", 0, 0, [.. U32(4), .. Key("com.apple.quicktime.location.ISO6709"), .. Key("com.apple.quicktime.make"),
                    .. Key("com.apple.quicktime.model"), .. Key("com.apple.quicktime.author")]),
                .. Box("ilst", [.. Item(1, Iso6709), .. Item(2, Make), .. Item(3, Model), .. Item(4, Owner)]),
            ]),
            .. Box("uuid", [.. XmpUuid, .. Xmp()]),
        ]);
        var mdatStart = (uint)(ftyp.Length + Moov(0).Length + 8);
        return [.. ftyp, .. Moov(mdatStart), .. Box("mdat", [.. Picture, .. gpsSample])];
    }

    /// <summary>The offset of the first chunk of each track (<c>stco</c>), in track order.</summary>
    public static List<uint> ChunkOffsets(byte[] file)
    {
        var offsets = new List<uint>();
        for (var at = file.AsSpan().IndexOf("stco"u8); at >= 0; at = Next(file, at, "stco"u8))
        {
            offsets.Add(BinaryPrimitives.ReadUInt32BigEndian(file.AsSpan(at + 12)));
        }

        return offsets;
    }

    private static int Next(byte[] file, int after, ReadOnlySpan<byte> type)
    {
        var i = file.AsSpan(after + 4).IndexOf(type);
        return i < 0 ? -1 : after + 4 + i;
    }

    private static byte[] Track(uint id, string handler, uint chunk, int sampleSize, byte[] extra) => Box("trak",
    [
        .. FullBox("tkhd", 0, 3, [.. new byte[8], .. U32(id), .. new byte[4], .. U32(1000), .. new byte[8], .. new byte[8], .. Matrix(), .. U32(64 << 16), .. U32(48 << 16)]),
        .. Box("mdia",
        [
            .. FullBox("mdhd", 0, 0, [.. new byte[8], .. U32(1000), .. U32(1000), .. U16(0x55C4), .. U16(0)]),
            .. FullBox("hdlr", 0, 0, [0, 0, 0, 0, .. Ascii(handler), .. new byte[12], .. Ascii("Handler"), 0]),
            .. Box("minf", Box("stbl",
            [
                .. FullBox("stsc", 0, 0, [.. U32(1), .. U32(1), .. U32(1), .. U32(1)]),
                .. FullBox("stsz", 0, 0, [.. U32(0), .. U32(1), .. U32((uint)sampleSize)]),
                .. FullBox("stco", 0, 0, [.. U32(1), .. U32(chunk)]),
            ])),
        ]),
        .. extra,
    ]);

    private static byte[] Matrix() => [.. U32(0x10000), .. new byte[12], .. U32(0x10000), .. new byte[12], .. U32(0x40000000)];

    /// <summary>A QuickTime user-data text atom: length, language, text.</summary>
    private static byte[] Text(string type, string text) => Box(type, [.. U16((ushort)Encoding.UTF8.GetByteCount(text)), .. U16(0x15C7), .. Encoding.UTF8.GetBytes(text)]);

    private static byte[] Key(string name) => [.. U32((uint)(8 + name.Length)), .. Ascii("mdta"), .. Ascii(name)];

    private static byte[] Item(uint index, string value) => Box(U32(index), Box("data", [.. U32(1), .. U32(0), .. Encoding.UTF8.GetBytes(value)]));

    private static byte[] Infe(ushort id, string type, string? contentType = null) =>
        FullBox("infe", 2, 0, [.. U16(id), 0, 0, .. Ascii(type), 0, .. (contentType is null ? [] : (byte[])[.. Ascii(contentType), 0])]);

    /// <summary>An <c>iloc</c> entry of version 1 with 4-byte offsets and lengths and one extent.</summary>
    private static byte[] Location(ushort id, byte method, uint offset, int length) =>
        [.. U16(id), 0, method, .. U16(0), .. U16(1), .. U32(offset), .. U32((uint)length)];

    public static byte[] Box(string type, byte[] payload) => Box(Encoding.Latin1.GetBytes(type), payload);

    private static byte[] Box(byte[] type, byte[] payload) => [.. U32((uint)(8 + payload.Length)), .. type, .. payload];

    private static byte[] FullBox(string type, byte version, uint flags, byte[] payload) =>
        Box(type, [version, (byte)(flags >> 16), (byte)(flags >> 8), (byte)flags, .. payload]);

    private static byte[] Ascii(string text) => Encoding.Latin1.GetBytes(text);

    private static byte[] U16(ushort value) => [(byte)(value >> 8), (byte)value];

    private static byte[] U32(uint value) => [(byte)(value >> 24), (byte)(value >> 16), (byte)(value >> 8), (byte)value];
}
