using System.Text;

namespace LaiChau.Host.Reports.Media;

public enum MediaKind
{
    Image,
    Video,
}

/// <summary>A media type the app accepts, as its content shows it.</summary>
public sealed record SniffedType(string ContentType, MediaKind Kind, string Extension);

/// <summary>
/// R5.3: what a file is, decided by its first bytes (magic numbers) — the name and the declared type are the
/// sender's claims and are never trusted, so an HTML page named <c>.jpg</c> is refused and can never be served
/// back as a page. Only photo and short-video formats that phones produce are accepted.
/// </summary>
public static class MediaSniffer
{
    /// <summary>Bytes read from the start of a file: enough for every signature below.</summary>
    public const int HeaderLength = 64;

    public static readonly SniffedType Jpeg = new("image/jpeg", MediaKind.Image, ".jpg");
    public static readonly SniffedType Png = new("image/png", MediaKind.Image, ".png");
    public static readonly SniffedType WebP = new("image/webp", MediaKind.Image, ".webp");
    public static readonly SniffedType Heic = new("image/heic", MediaKind.Image, ".heic");
    public static readonly SniffedType Heif = new("image/heif", MediaKind.Image, ".heif");
    public static readonly SniffedType Mp4 = new("video/mp4", MediaKind.Video, ".mp4");
    public static readonly SniffedType QuickTime = new("video/quicktime", MediaKind.Video, ".mov");
    public static readonly SniffedType WebM = new("video/webm", MediaKind.Video, ".webm");

    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly byte[] Ebml = [0x1A, 0x45, 0xDF, 0xA3];
    private static readonly byte[] WebmDocType = [0x42, 0x82, 0x84, (byte)'w', (byte)'e', (byte)'b', (byte)'m'];

    /// <summary>ISO base media file brands (the <c>ftyp</c> box) of HEIF stills and of MP4/MOV video.</summary>
    private static readonly Dictionary<string, SniffedType> Brands = new(StringComparer.Ordinal)
    {
        ["heic"] = Heic, ["heix"] = Heic, ["heim"] = Heic, ["heis"] = Heic, ["hevc"] = Heic, ["hevx"] = Heic,
        ["mif1"] = Heif, ["msf1"] = Heif,
        ["isom"] = Mp4, ["iso2"] = Mp4, ["iso4"] = Mp4, ["iso5"] = Mp4, ["iso6"] = Mp4, ["mp41"] = Mp4, ["mp42"] = Mp4,
        ["avc1"] = Mp4, ["M4V "] = Mp4, ["mmp4"] = Mp4, ["dash"] = Mp4, ["3gp4"] = Mp4, ["3gp5"] = Mp4, ["3gp6"] = Mp4,
        ["qt  "] = QuickTime,
    };

    public static SniffedType? Sniff(ReadOnlySpan<byte> head)
    {
        if (head.Length >= 3 && head[0] == 0xFF && head[1] == 0xD8 && head[2] == 0xFF)
        {
            return Jpeg;
        }

        if (head.StartsWith(PngSignature))
        {
            return Png;
        }

        if (head.Length >= 12 && Ascii(head[..4]) == "RIFF" && Ascii(head[8..12]) == "WEBP")
        {
            return WebP;
        }

        if (head.Length >= 12 && Ascii(head[4..8]) == "ftyp")
        {
            return Brands.GetValueOrDefault(Ascii(head[8..12]));
        }

        // Matroska's EBML header names its DocType; only "webm" is accepted (not arbitrary .mkv containers).
        return head.StartsWith(Ebml) && head.IndexOf(WebmDocType) >= 0 ? WebM : null;
    }

    /// <summary>Reads the first bytes of a stream (fewer when the stream is shorter).</summary>
    public static async Task<SniffedType?> SniffAsync(Stream stream, CancellationToken ct)
    {
        var buffer = new byte[HeaderLength];
        var read = 0;
        while (read < buffer.Length)
        {
            var n = await stream.ReadAsync(buffer.AsMemory(read), ct);
            if (n == 0)
            {
                break;
            }

            read += n;
        }

        return Sniff(buffer.AsSpan(0, read));
    }

    /// <summary>The file extension of an accepted content type (for the name a file is served under).</summary>
    public static string ExtensionOf(string contentType) =>
        new[] { Jpeg, Png, WebP, Heic, Heif, Mp4, QuickTime, WebM }.FirstOrDefault(t => t.ContentType == contentType)?.Extension ?? "";

    private static string Ascii(ReadOnlySpan<byte> bytes) => Encoding.Latin1.GetString(bytes);
}
