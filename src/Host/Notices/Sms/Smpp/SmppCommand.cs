namespace LaiChau.Host.Notices.Sms.Smpp;

/// <summary>SMPP 3.4 command ids (section 5.1.2.1) of the operations this client speaks; a response sets the top bit.</summary>
public static class SmppCommand
{
    public const uint GenericNack = 0x80000000;
    public const uint SubmitSm = 0x00000004;
    public const uint DeliverSm = 0x00000005;
    public const uint Unbind = 0x00000006;
    public const uint BindTransceiver = 0x00000009;
    public const uint EnquireLink = 0x00000015;
    public const uint ResponseBit = 0x80000000;

    public static uint ResponseOf(uint command) => command | ResponseBit;

    public static bool IsResponse(uint command) => (command & ResponseBit) != 0;
}

/// <summary>The command_status values (section 5.1.3) the client acts on.</summary>
public static class SmppStatus
{
    public const uint Ok = 0x00000000;
    public const uint InvalidCommandId = 0x00000003;
    public const uint MessageQueueFull = 0x00000014;
    public const uint BindFailed = 0x0000000D;
    public const uint InvalidPassword = 0x0000000E;
    public const uint InvalidSystemId = 0x0000000F;
    public const uint Throttled = 0x00000058;

    /// <summary>The SMSC asks us to slow down (ESME_RTHROTTLED) or cannot queue now: try again a little later.</summary>
    public static bool IsTransient(uint status) => status is Throttled or MessageQueueFull;
}

/// <summary>One PDU: the 16-byte header and the body, still encoded (see <see cref="SmppBodyReader"/>).</summary>
public sealed record SmppPdu(uint CommandId, uint Status, uint Sequence, byte[] Body)
{
    public const int HeaderLength = 16;

    /// <summary>Larger PDUs are refused: a submit_sm or deliver_sm is a few hundred bytes.</summary>
    public const int MaxLength = 64 * 1024;

    public byte[] Encode()
    {
        var bytes = new byte[HeaderLength + Body.Length];
        System.Buffers.Binary.BinaryPrimitives.WriteUInt32BigEndian(bytes, (uint)bytes.Length);
        System.Buffers.Binary.BinaryPrimitives.WriteUInt32BigEndian(bytes.AsSpan(4), CommandId);
        System.Buffers.Binary.BinaryPrimitives.WriteUInt32BigEndian(bytes.AsSpan(8), Status);
        System.Buffers.Binary.BinaryPrimitives.WriteUInt32BigEndian(bytes.AsSpan(12), Sequence);
        Body.CopyTo(bytes, HeaderLength);
        return bytes;
    }

    /// <summary>Reads one whole PDU from the stream, or null when the peer closed the link cleanly between two PDUs.</summary>
    public static async Task<SmppPdu?> ReadAsync(Stream stream, CancellationToken ct)
    {
        var header = new byte[HeaderLength];
        var first = await stream.ReadAtLeastAsync(header, HeaderLength, throwOnEndOfStream: false, ct);
        if (first == 0)
        {
            return null;
        }

        if (first < HeaderLength)
        {
            throw new IOException("The SMPP link closed in the middle of a PDU header.");
        }

        var length = System.Buffers.Binary.BinaryPrimitives.ReadUInt32BigEndian(header);
        if (length is < HeaderLength or > MaxLength)
        {
            throw new IOException($"An SMPP PDU of {length} bytes is out of bounds.");
        }

        var body = new byte[length - HeaderLength];
        await stream.ReadExactlyAsync(body, ct);
        return new SmppPdu(
            System.Buffers.Binary.BinaryPrimitives.ReadUInt32BigEndian(header.AsSpan(4)),
            System.Buffers.Binary.BinaryPrimitives.ReadUInt32BigEndian(header.AsSpan(8)),
            System.Buffers.Binary.BinaryPrimitives.ReadUInt32BigEndian(header.AsSpan(12)),
            body);
    }
}
