using System.Text;

namespace LaiChau.Host.Notices.Sms.Smpp;

/// <summary>Writes a PDU body: C-octet strings (ASCII, NUL-terminated, bounded), integers, octet strings, TLVs.</summary>
public sealed class SmppBodyWriter
{
    private readonly MemoryStream _buffer = new();

    public SmppBodyWriter CString(string? value, int maxLength)
    {
        var text = value ?? "";
        // Fields are ASCII by the specification; a longer value than the field allows is a configuration error.
        if (text.Length >= maxLength || text.Any(c => c > 0x7E || c < 0x20))
        {
            throw new ArgumentException($"'{text}' is not an SMPP C-octet string of at most {maxLength - 1} ASCII characters.", nameof(value));
        }

        _buffer.Write(Encoding.ASCII.GetBytes(text));
        _buffer.WriteByte(0);
        return this;
    }

    public SmppBodyWriter Byte(int value)
    {
        _buffer.WriteByte(checked((byte)value));
        return this;
    }

    public SmppBodyWriter Octets(ReadOnlySpan<byte> value)
    {
        _buffer.Write(value);
        return this;
    }

    public SmppBodyWriter Tlv(ushort tag, ReadOnlySpan<byte> value)
    {
        Span<byte> head = stackalloc byte[4];
        System.Buffers.Binary.BinaryPrimitives.WriteUInt16BigEndian(head, tag);
        System.Buffers.Binary.BinaryPrimitives.WriteUInt16BigEndian(head[2..], checked((ushort)value.Length));
        _buffer.Write(head);
        _buffer.Write(value);
        return this;
    }

    public byte[] ToArray() => _buffer.ToArray();
}

/// <summary>Reads a PDU body in the order of its fields; a body cut short throws <see cref="FormatException"/>.</summary>
public sealed class SmppBodyReader(byte[] body)
{
    private int _at;

    public bool AtEnd => _at >= body.Length;

    public string CString()
    {
        var end = Array.IndexOf(body, (byte)0, _at);
        if (end < 0)
        {
            throw new FormatException("An SMPP C-octet string has no terminating NUL.");
        }

        var text = Encoding.ASCII.GetString(body, _at, end - _at);
        _at = end + 1;
        return text;
    }

    public byte Byte() => _at < body.Length ? body[_at++] : throw new FormatException("The SMPP body ends early.");

    public byte[] Octets(int length)
    {
        if (_at + length > body.Length)
        {
            throw new FormatException("The SMPP body ends early.");
        }

        var value = body[_at..(_at + length)];
        _at += length;
        return value;
    }

    /// <summary>The optional parameters after the mandatory ones, by tag (unknown tags kept too).</summary>
    public Dictionary<ushort, byte[]> Tlvs()
    {
        var tlvs = new Dictionary<ushort, byte[]>();
        while (_at + 4 <= body.Length)
        {
            var tag = System.Buffers.Binary.BinaryPrimitives.ReadUInt16BigEndian(body.AsSpan(_at));
            var length = System.Buffers.Binary.BinaryPrimitives.ReadUInt16BigEndian(body.AsSpan(_at + 2));
            _at += 4;
            tlvs[tag] = Octets(length);
        }

        return tlvs;
    }
}
