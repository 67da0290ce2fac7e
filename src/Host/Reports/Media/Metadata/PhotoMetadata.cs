namespace LaiChau.Host.Reports.Media.Metadata;

/// <summary>
/// Removes what a phone writes into a photo besides the picture — GPS position, device, owner, time, comments — before
/// the photo is stored (R5.5: reporters' personal data; photos of public reports are served publicly). JPEG keeps its
/// orientation (else phone photos show sideways); PNG and WebP lose their text and EXIF/XMP chunks. A file whose
/// structure cannot be followed is stored as received (it was already recognised by its signature, R5.3). HEIC/HEIF,
/// MP4 and MOV are cleaned by <see cref="IsoBmffMetadata"/> instead (in place, while they are stored).
/// </summary>
public static class PhotoMetadata
{
    public static byte[] Strip(byte[] content, SniffedType type) =>
        type == MediaSniffer.Jpeg ? JpegMetadata.Strip(content) ?? content
        : type == MediaSniffer.Png ? PngMetadata.Strip(content) ?? content
        : type == MediaSniffer.WebP ? WebPMetadata.Strip(content) ?? content
        : content;

    /// <summary>Whether <see cref="Strip"/> rewrites files of this type (they are read into memory first).</summary>
    public static bool Rewrites(SniffedType type) => type == MediaSniffer.Jpeg || type == MediaSniffer.Png || type == MediaSniffer.WebP;
}
