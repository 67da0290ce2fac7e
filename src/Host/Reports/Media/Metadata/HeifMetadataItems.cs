using System.Text;

namespace LaiChau.Host.Reports.Media.Metadata;

/// <summary>
/// HEIF (ISO/IEC 23008-12) keeps Exif and XMP as items of its <c>meta</c> box: <c>iinf</c> names each item's type
/// (<c>Exif</c>, or <c>mime</c> with <c>application/rdf+xml</c>) and <c>iloc</c> says where its bytes are, in the file or
/// in <c>idat</c>. Those bytes are overwritten with an empty Exif (a TIFF header without tags) and zeros, or an empty
/// XMP packet padded with spaces (XMP's own padding), so that readers still find well-formed items.
/// </summary>
internal static class HeifMetadataItems
{
    private const string XmpContentType = "application/rdf+xml";

    /// <summary>4-byte offset to the TIFF header, then "MM", 42, IFD0 at 8 with no entries and no next IFD.</summary>
    private static readonly byte[] EmptyExif = [0, 0, 0, 0, (byte)'M', (byte)'M', 0, 42, 0, 0, 0, 8, 0, 0, 0, 0, 0, 0];

    private static readonly byte[] EmptyXmp = "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"/>"u8.ToArray();

    public static bool Plan(byte[] meta, List<IsoBox> children, long origin, long fileLength, List<BytePatch> patches)
    {
        var iinf = children.FirstOrDefault(b => b.Type == "iinf");
        var targets = iinf.Type is null ? new Dictionary<uint, bool>() : MetadataItems(meta, iinf);
        if (targets is null)
        {
            return false;
        }

        if (targets.Count == 0)
        {
            return true;
        }

        var iloc = children.FirstOrDefault(b => b.Type == "iloc");
        var idat = children.FirstOrDefault(b => b.Type == "idat");
        return iloc.Type is not null && Locate(meta, iloc, targets, idat.Type is null ? null : (origin + idat.PayloadStart, idat.End - idat.PayloadStart), fileLength, patches);
    }

    /// <summary>The ids of the Exif items (true) and XMP items (false); null when <c>iinf</c> cannot be read.</summary>
    private static Dictionary<uint, bool>? MetadataItems(byte[] meta, IsoBox iinf)
    {
        var at = (int)iinf.PayloadStart;
        var version = meta[at];
        at += 4 + (version == 0 ? 2 : 4);
        if (IsoBoxes.Children(meta, at, (int)iinf.End) is not { } entries)
        {
            return null;
        }

        var items = new Dictionary<uint, bool>();
        foreach (var infe in entries.Where(b => b.Type == "infe"))
        {
            var cursor = new BoxCursor(meta, (int)infe.PayloadStart, (int)infe.End);
            var v = cursor.Byte();
            cursor.Skip(3);
            uint id;
            string type;
            if (v >= 2)
            {
                id = (uint)cursor.Read(v == 2 ? 2 : 4);
                cursor.Skip(2); // protection index
                type = Encoding.Latin1.GetString(cursor.Bytes(4));
            }
            else
            {
                id = (uint)cursor.Read(2);
                cursor.Skip(2);
                type = "mime"; // versions 0 and 1 only describe content types
            }

            if (type == "Exif")
            {
                items[id] = true;
            }
            else if (type == "mime")
            {
                cursor.Text(); // item name
                if (cursor.Text() == XmpContentType)
                {
                    items[id] = false;
                }
            }
        }

        return items;
    }

    /// <summary>Patches over every extent of the target items; false for a location that cannot be followed (another file, another item, no length).</summary>
    private static bool Locate(byte[] meta, IsoBox iloc, Dictionary<uint, bool> targets, (long Start, long Length)? idat, long fileLength, List<BytePatch> patches)
    {
        var cursor = new BoxCursor(meta, (int)iloc.PayloadStart, (int)iloc.End);
        var version = cursor.Byte();
        cursor.Skip(3);
        var sizes = cursor.Byte();
        var (offsetSize, lengthSize) = (sizes >> 4, sizes & 0xF);
        sizes = cursor.Byte();
        var (baseOffsetSize, indexSize) = (sizes >> 4, version is 1 or 2 ? sizes & 0xF : 0);
        var count = cursor.Read(version < 2 ? 2 : 4);
        for (ulong i = 0; i < count; i++)
        {
            var id = (uint)cursor.Read(version < 2 ? 2 : 4);
            var method = version is 1 or 2 ? (int)(cursor.Read(2) & 0xF) : 0;
            var dataReference = cursor.Read(2);
            var baseOffset = checked((long)cursor.Read(baseOffsetSize));
            var extents = cursor.Read(2);
            var first = true;
            for (ulong e = 0; e < extents; e++)
            {
                cursor.Skip(indexSize);
                var offset = checked(baseOffset + (long)cursor.Read(offsetSize));
                var length = checked((long)cursor.Read(lengthSize));
                if (!targets.TryGetValue(id, out var exif))
                {
                    continue;
                }

                // Construction method 0: in this file; 1: inside idat. Method 2 (bytes of other items) and other files are refused.
                var (start, limit) = method switch
                {
                    0 when dataReference == 0 => (offset, fileLength),
                    1 when idat is { } d => (checked(d.Start + offset), d.Start + d.Length),
                    _ => (-1L, 0L),
                };
                if (start < 0 || length <= 0 || start > limit || length > limit - start)
                {
                    return false;
                }

                var empty = exif ? EmptyExif : EmptyXmp;
                patches.Add(BytePatch.Filled(start, length, exif ? (byte)0 : (byte)' '));
                if (first && length >= empty.Length)
                {
                    patches.Add(BytePatch.Of(start, empty));
                }

                first = false;
            }
        }

        return true;
    }
}
