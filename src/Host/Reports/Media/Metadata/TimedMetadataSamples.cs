namespace LaiChau.Host.Reports.Media.Metadata;

/// <summary>
/// Where the samples of a track lie in the file: its chunks (<c>stco</c>/<c>co64</c>), each as long as the samples
/// that <c>stsc</c> puts in it (sizes from <c>stsz</c>/<c>stz2</c>). Used to zero the samples of timed-metadata
/// tracks (GPS tracks of some cameras and apps, R5.5), which the player never reads.
/// </summary>
internal static class TimedMetadataSamples
{
    /// <summary>The chunks of the track whose media box is <paramref name="mdia"/>; null when they cannot be followed or leave the file.</summary>
    public static List<BytePatch>? Zeros(byte[] moov, IsoBox mdia, long fileLength)
    {
        var stbl = Child(moov, Child(moov, mdia, "minf"), "stbl");
        if (stbl is not { } table || IsoBoxes.Children(moov, (int)table.PayloadStart, (int)table.End) is not { } boxes)
        {
            return null;
        }

        var sizes = SampleSizes(moov, boxes);
        var offsets = ChunkOffsets(moov, boxes);
        var stsc = boxes.FirstOrDefault(b => b.Type == "stsc");
        if (sizes is null || offsets is null || stsc.Type is null)
        {
            return null;
        }

        var cursor = new BoxCursor(moov, (int)stsc.PayloadStart + 4, (int)stsc.End);
        var runs = new List<(ulong FirstChunk, ulong SamplesPerChunk)>();
        for (var count = cursor.Read(4); count > 0; count--)
        {
            runs.Add((cursor.Read(4), cursor.Read(4)));
            cursor.Skip(4); // sample description index
        }

        var (patches, sample, run) = (new List<BytePatch>(), 0, 0);
        for (var chunk = 1; chunk <= offsets.Count; chunk++)
        {
            while (run + 1 < runs.Count && runs[run + 1].FirstChunk <= (ulong)chunk)
            {
                run++;
            }

            var length = 0L;
            for (var i = 0UL; runs.Count > 0 && runs[run].FirstChunk <= (ulong)chunk && i < runs[run].SamplesPerChunk; i++)
            {
                length = checked(length + sizes[sample++]);
            }

            var offset = offsets[chunk - 1];
            if (offset > fileLength || length > fileLength - offset)
            {
                return null;
            }

            patches.Add(BytePatch.Zeros(offset, length));
        }

        return patches;
    }

    private static List<long>? SampleSizes(byte[] moov, List<IsoBox> boxes)
    {
        var box = boxes.FirstOrDefault(b => b.Type is "stsz" or "stz2");
        if (box.Type is null)
        {
            return null;
        }

        var cursor = new BoxCursor(moov, (int)box.PayloadStart + 4, (int)box.End);
        var (fixedSize, fieldBits) = box.Type == "stsz" ? ((long)cursor.Read(4), 32) : (0L, (int)(cursor.Read(4) & 0xFF));
        var count = cursor.Read(4);
        var sizes = new List<long>();
        byte packed = 0;
        for (var i = 0UL; i < count; i++)
        {
            if (fixedSize > 0)
            {
                sizes.Add(fixedSize);
            }
            else if (fieldBits == 4) // stz2 packs two 4-bit sizes in a byte
            {
                packed = i % 2 == 0 ? cursor.Byte() : packed;
                sizes.Add(i % 2 == 0 ? packed >> 4 : packed & 0xF);
            }
            else
            {
                sizes.Add((long)cursor.Read(fieldBits / 8));
            }
        }

        return sizes;
    }

    private static List<long>? ChunkOffsets(byte[] moov, List<IsoBox> boxes)
    {
        var box = boxes.FirstOrDefault(b => b.Type is "stco" or "co64");
        if (box.Type is null)
        {
            return null;
        }

        var cursor = new BoxCursor(moov, (int)box.PayloadStart + 4, (int)box.End);
        var count = cursor.Read(4);
        var offsets = new List<long>();
        for (var i = 0UL; i < count; i++)
        {
            offsets.Add(checked((long)cursor.Read(box.Type == "stco" ? 4 : 8)));
        }

        return offsets;
    }

    private static IsoBox? Child(byte[] data, IsoBox? parent, string type) =>
        parent is { } p ? IsoBoxes.Children(data, (int)p.PayloadStart, (int)p.End)?.FirstOrDefault(b => b.Type == type) is { Type: not null } child ? child : null : null;
}
