namespace LaiChau.Host.Reports.Media.Metadata;

/// <summary>
/// R5.5 for ISO base media files — HEIC/HEIF stills, MP4 and MOV videos: what carries the GPS position, the device and
/// the owner is overwritten in place, never re-encoded, so the picture and the video stay as they were:
/// <list type="bullet">
/// <item>user data (<c>udta</c>: <c>©xyz</c>, <c>©mak</c>, <c>©mod</c>, authors), QuickTime metadata (<c>meta</c> with
/// <c>keys</c>/<c>ilst</c>: <c>com.apple.quicktime.location.ISO6709</c>, make, model) and <c>uuid</c> boxes (XMP) in the
/// movie, its tracks and at the top, and timed-metadata tracks (handler <c>meta</c>), become <c>free</c> boxes of the
/// same size; the samples of those tracks are zeroed;</item>
/// <item>HEIF's Exif and XMP items lose their content (zeros; Exif becomes an empty Exif).</item>
/// </list>
/// Sizes never change, so every offset (<c>stco</c>/<c>co64</c>, <c>iloc</c>) stays true. Null when the boxes cannot be
/// followed: such a file is refused, since what it carries could not be removed.
/// </summary>
public static class IsoBmffMetadata
{
    private static readonly HashSet<string> Removed = new(StringComparer.Ordinal) { "udta", "meta", "uuid" };

    public static bool Handles(SniffedType type) =>
        type == MediaSniffer.Heic || type == MediaSniffer.Heif || type == MediaSniffer.Mp4 || type == MediaSniffer.QuickTime;

    /// <summary>The patches that remove the metadata of a seekable file, or null when its boxes cannot be followed.</summary>
    public static IReadOnlyList<BytePatch>? Plan(Stream file)
    {
        ArgumentNullException.ThrowIfNull(file);
        var patches = new List<BytePatch>();
        var length = file.Length;
        var head = new byte[16];
        try
        {
            for (long at = 0; at < length;)
            {
                file.Position = at;
                var read = file.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
                if (IsoBoxes.Header(head.AsSpan(0, read), length - at) is not { } header)
                {
                    return null;
                }

                var box = new IsoBox(header.Type, 0, header.HeaderLength, header.Size);
                var planned = header.Type switch
                {
                    "moov" => Movie(ReadBox(file, at, header.Size), at, length, patches),
                    "meta" => Meta(ReadBox(file, at, header.Size), at, length, patches),
                    "udta" or "uuid" => Add(patches, IsoBoxes.Free(box, at)),
                    _ => true,
                };
                if (!planned)
                {
                    return null;
                }

                at += header.Size;
            }
        }
        catch (Exception ex) when (ex is ArgumentOutOfRangeException or IndexOutOfRangeException or OverflowException)
        {
            return null; // a field read past the end of its box, or a size beyond any file: the structure cannot be followed
        }

        return patches;
    }

    /// <summary>The movie: its own metadata boxes go; its tracks lose theirs, and timed-metadata tracks go whole.</summary>
    private static bool Movie(byte[] moov, long origin, long fileLength, List<BytePatch> patches)
    {
        if (IsoBoxes.Children(moov, Header(moov), moov.Length) is not { } children || children.Any(b => b.Type == "cmov"))
        {
            return false; // a compressed movie header (old QuickTime) cannot be rewritten in place
        }

        foreach (var child in children)
        {
            if (Removed.Contains(child.Type))
            {
                patches.AddRange(IsoBoxes.Free(child, origin));
            }
            else if (child.Type == "trak" && !Track(moov, child, origin, fileLength, patches))
            {
                return false;
            }
        }

        return true;
    }

    private static bool Track(byte[] moov, IsoBox trak, long origin, long fileLength, List<BytePatch> patches)
    {
        if (IsoBoxes.Children(moov, (int)trak.PayloadStart, (int)trak.End) is not { } children)
        {
            return false;
        }

        var mdia = children.FirstOrDefault(b => b.Type == "mdia");
        var hdlr = mdia.Type is null ? null : IsoBoxes.Children(moov, (int)mdia.PayloadStart, (int)mdia.End)?.FirstOrDefault(b => b.Type == "hdlr");
        if (hdlr is { Type: not null } handler && IsoBoxes.Handler(moov, handler) == "meta")
        {
            // Timed metadata (the GPS tracks of some cameras and apps) is not needed to play: the track and its samples go.
            if (TimedMetadataSamples.Zeros(moov, mdia, fileLength) is not { } samples)
            {
                return false;
            }

            patches.AddRange(IsoBoxes.Free(trak, origin));
            patches.AddRange(samples);
            return true;
        }

        patches.AddRange(children.Where(b => Removed.Contains(b.Type)).SelectMany(b => IsoBoxes.Free(b, origin)));
        return true;
    }

    /// <summary>A top-level <c>meta</c> (a full box): HEIF's picture items keep all but their Exif and XMP; any other goes.</summary>
    private static bool Meta(byte[] meta, long origin, long fileLength, List<BytePatch> patches)
    {
        if (IsoBoxes.Children(meta, Header(meta) + 4, meta.Length) is not { } children)
        {
            return false;
        }

        var hdlr = children.FirstOrDefault(b => b.Type == "hdlr");
        if (hdlr.Type is null || IsoBoxes.Handler(meta, hdlr) != "pict")
        {
            patches.AddRange(IsoBoxes.Free(new IsoBox("meta", 0, Header(meta), meta.Length), origin));
            return true;
        }

        return HeifMetadataItems.Plan(meta, children, origin, fileLength, patches);
    }

    private static int Header(byte[] box) => IsoBoxes.Header(box, box.Length)!.Value.HeaderLength;

    private static byte[] ReadBox(Stream file, long at, long size)
    {
        var box = new byte[checked((int)size)];
        file.Position = at;
        file.ReadExactly(box);
        return box;
    }

    private static bool Add(List<BytePatch> patches, IEnumerable<BytePatch> more)
    {
        patches.AddRange(more);
        return true;
    }
}
