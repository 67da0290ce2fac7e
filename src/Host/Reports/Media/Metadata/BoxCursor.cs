using System.Text;

namespace LaiChau.Host.Reports.Media.Metadata;

/// <summary>Big-endian fields of a box; reading past its end throws <see cref="ArgumentOutOfRangeException"/>.</summary>
internal ref struct BoxCursor(ReadOnlySpan<byte> data, int at, int end)
{
    private readonly ReadOnlySpan<byte> _box = data[..end];
    private int _at = at;

    public byte Byte() => _box[_at++];

    public void Skip(int bytes) => _at += bytes;

    public ReadOnlySpan<byte> Bytes(int count)
    {
        var bytes = _box.Slice(_at, count);
        _at += count;
        return bytes;
    }

    /// <summary>An unsigned field of 0, 1, 2, 4 or 8 bytes.</summary>
    public ulong Read(int size)
    {
        ulong value = 0;
        foreach (var b in Bytes(size))
        {
            value = (value << 8) | b;
        }

        return value;
    }

    /// <summary>A null-terminated UTF-8 string (to the end of the box when the terminator is missing).</summary>
    public string Text()
    {
        var rest = _box[_at..];
        var zero = rest.IndexOf((byte)0);
        var text = Encoding.UTF8.GetString(zero < 0 ? rest : rest[..zero]);
        _at += zero < 0 ? rest.Length : zero + 1;
        return text;
    }
}
