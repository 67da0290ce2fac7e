using System.Buffers.Binary;
using System.Text;

namespace LaiChau.Host.Reports.Media.Metadata;

/// <summary>A box of an ISO base media file (MP4, MOV, HEIF): its type, where it starts, its header's length, where it ends.</summary>
internal readonly record struct IsoBox(string Type, long Start, int HeaderLength, long End)
{
    public long PayloadStart => Start + HeaderLength;
}

/// <summary>Reading box headers and lists of boxes; overwriting a box with a <c>free</c> box of the same size.</summary>
internal static class IsoBoxes
{
    /// <summary>The header at the start of <paramref name="head"/> with <paramref name="available"/> bytes left in its container; null when it cannot be.</summary>
    public static (string Type, int HeaderLength, long Size)? Header(ReadOnlySpan<byte> head, long available)
    {
        if (head.Length < 8)
        {
            return null;
        }

        long size = BinaryPrimitives.ReadUInt32BigEndian(head);
        var type = Encoding.Latin1.GetString(head[4..8]);
        var headerLength = 8;
        if (size == 1)
        {
            // A 64-bit size follows the type; one beyond long's range is refused like any size beyond the container.
            size = head.Length < 16 ? -1 : (long)Math.Min(BinaryPrimitives.ReadUInt64BigEndian(head[8..16]), long.MaxValue);
            headerLength = 16;
        }
        else if (size == 0)
        {
            size = available; // the box runs to the end of its container
        }

        return size < headerLength || size > available ? null : (type, headerLength, size);
    }

    /// <summary>The boxes in <paramref name="data"/> from <paramref name="from"/> to <paramref name="to"/> (offsets relative to <paramref name="data"/>); null when they cannot be followed.</summary>
    public static List<IsoBox>? Children(ReadOnlySpan<byte> data, int from, int to)
    {
        var boxes = new List<IsoBox>();
        var at = from;
        while (at < to)
        {
            if (to - at < 8)
            {
                // QuickTime lets a list of atoms end with a 32-bit zero.
                return data[at..to].ContainsAnyExcept((byte)0) ? null : boxes;
            }

            if (Header(data[at..Math.Min(to, at + 16)], to - at) is not { } header)
            {
                return null;
            }

            boxes.Add(new IsoBox(header.Type, at, header.HeaderLength, at + header.Size));
            at += (int)header.Size;
        }

        return boxes;
    }

    /// <summary>The patches that turn a box into a <c>free</c> box of the same size: renamed, everything after its size zeroed.</summary>
    public static IEnumerable<BytePatch> Free(IsoBox box, long origin) =>
    [
        BytePatch.Of(origin + box.Start + 4, "free"u8),
        BytePatch.Zeros(origin + box.PayloadStart, box.End - box.PayloadStart),
    ];

    /// <summary>The handler type of a <c>hdlr</c> box (after version, flags and the QuickTime component type).</summary>
    public static string Handler(ReadOnlySpan<byte> data, IsoBox hdlr) =>
        Encoding.Latin1.GetString(data.Slice((int)hdlr.PayloadStart + 8, 4));
}
