using System.Buffers.Binary;
using System.Text;

namespace LaiChau.Host.Notices.Sms.Smpp;

/// <summary>The bodies this client writes and reads (SMPP 3.4 sections 4.1, 4.4, 4.6, 5.3).</summary>
public static class SmppPdus
{
    public const ushort UserMessageReference = 0x0204;
    public const ushort ReceiptedMessageId = 0x001E;
    public const ushort MessageState = 0x0427;
    private const byte InterfaceVersion = 0x34;
    private const byte UdhIndicator = 0x40;
    private const byte Ucs2 = 0x08;

    public static byte[] BindTransceiver(SmsOptions o) => new SmppBodyWriter()
        .CString(o.SystemId, 16).CString(o.Password, 9).CString(o.SystemType, 13)
        .Byte(InterfaceVersion).Byte(0).Byte(0).CString(null, 41).ToArray();

    /// <summary>One part: UCS-2, a final delivery receipt asked for, the stable reference as user_message_reference.</summary>
    public static byte[] SubmitSm(SmsOptions o, string destination, ushort reference, string part, byte[]? udh)
    {
        var text = Encoding.BigEndianUnicode.GetBytes(part);
        var message = udh is null ? text : [.. udh, .. text];
        Span<byte> tlv = stackalloc byte[2];
        BinaryPrimitives.WriteUInt16BigEndian(tlv, reference);
        return new SmppBodyWriter()
            .CString(null, 6) // service_type
            .Byte(Alphanumeric(o.SourceAddress) ? 5 : 1).Byte(Alphanumeric(o.SourceAddress) ? 0 : 1).CString(o.SourceAddress, 21)
            .Byte(1).Byte(1).CString(International(destination), 21)
            .Byte(udh is null ? 0 : UdhIndicator).Byte(0).Byte(0) // esm_class, protocol_id, priority
            .CString(null, 17).CString(null, 17) // schedule_delivery_time, validity_period: the SMSC's defaults
            .Byte(1).Byte(0).Byte(Ucs2).Byte(0) // registered_delivery: final receipt; replace_if_present; data_coding; sm_default_msg_id
            .Byte(message.Length).Octets(message)
            .Tlv(UserMessageReference, tlv)
            .ToArray();
    }

    public static string MessageId(byte[] submitSmResp) => submitSmResp.Length == 0 ? "" : new SmppBodyReader(submitSmResp).CString();

    public static byte[] DeliverSmResp() => new SmppBodyWriter().CString(null, 65).ToArray();

    /// <summary>A delivery receipt from a deliver_sm, or null when the deliver_sm is something else (a reply, a mobile-originated SMS).</summary>
    public static SmsReceipt? Receipt(byte[] deliverSm)
    {
        var r = new SmppBodyReader(deliverSm);
        r.CString(); r.Byte(); r.Byte(); r.CString(); r.Byte(); r.Byte(); r.CString(); // service type, source, destination
        var esmClass = r.Byte();
        r.Byte(); r.Byte(); r.CString(); r.CString(); r.Byte(); r.Byte(); r.Byte(); r.Byte();
        var text = Encoding.ASCII.GetString(r.Octets(r.Byte()));
        var tlvs = r.Tlvs();
        if ((esmClass & 0x3C) != 0x04)
        {
            return null;
        }

        var id = tlvs.TryGetValue(ReceiptedMessageId, out var raw) ? Encoding.ASCII.GetString(raw).TrimEnd('\0') : Field(text, "id:");
        return id is null ? null : new SmsReceipt(id, Field(text, "stat:") ?? (tlvs.TryGetValue(MessageState, out var s) && s.Length == 1 ? State(s[0]) : "UNKNOWN"));
    }

    /// <summary>The receipt text of appendix B: "id:… sub:… dlvrd:… submit date:… done date:… stat:DELIVRD err:… text:…".</summary>
    private static string? Field(string text, string name)
    {
        var at = text.IndexOf(name, StringComparison.OrdinalIgnoreCase);
        if (at < 0)
        {
            return null;
        }

        var value = text[(at + name.Length)..];
        var end = value.IndexOf(' ', StringComparison.Ordinal);
        return end < 0 ? value : value[..end];
    }

    private static string State(byte state) => state switch
    {
        2 => "DELIVRD", 3 => "EXPIRED", 4 => "DELETED", 5 => "UNDELIV", 6 => "ACCEPTD", 8 => "REJECTD", _ => "UNKNOWN",
    };

    private static bool Alphanumeric(string address) => address.Any(char.IsAsciiLetter);

    /// <summary>National mobile numbers (0912…) go out in international form (84912…), as providers expect.</summary>
    private static string International(string phone) => phone.StartsWith('0') ? "84" + phone[1..] : phone.TrimStart('+');
}
