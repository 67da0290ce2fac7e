namespace LaiChau.Host.Notices.Sms;

/// <summary>
/// Vietnamese SMS are UCS-2 (data_coding 0x08): 70 characters in one SMS, 67 per part once concatenated, the 6-byte
/// UDH (IEI 0x00) taking the rest. A part never ends between the two halves of a surrogate pair.
/// </summary>
public static class SmsParts
{
    public const int SingleLength = 70;
    public const int PartLength = 67;

    /// <summary>Notices are kept to two parts (issue 17): longer texts cost more and arrive out of order on some phones.</summary>
    public const int MaxParts = 2;

    public static IReadOnlyList<string> Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length <= SingleLength)
        {
            return [text];
        }

        var parts = new List<string>();
        for (var at = 0; at < text.Length;)
        {
            var length = Math.Min(PartLength, text.Length - at);
            if (at + length < text.Length && char.IsHighSurrogate(text[at + length - 1]))
            {
                length--;
            }

            parts.Add(text.Substring(at, length));
            at += length;
        }

        return parts;
    }

    public static int Count(string text) => Split(text).Count;

    /// <summary>The 6-byte user data header: concatenated SMS, 8-bit reference, total, this part's number (from 1).</summary>
    public static byte[] Header(byte reference, int total, int number) => [0x05, 0x00, 0x03, reference, (byte)total, (byte)number];
}
