using System.Net.Http.Headers;
using System.Text;

namespace LaiChau.Host.Tests.Reports.Media;

/// <summary>
/// Tiny files with the real leading bytes of each format (what the sniffer reads), padded to a chosen size; the
/// <c>salt</c> makes distinct content where a test needs different blobs.
/// </summary>
internal static class MediaSamples
{
    public static byte[] Jpeg(int size = 256, int salt = 0) =>
        Pad([0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, .. "JFIF"u8, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00], size, salt, [0xFF, 0xD9]);

    public static byte[] Png(int size = 256, int salt = 0) =>
        Pad([0x89, .. "PNG"u8, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, .. "IHDR"u8, 0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0], size, salt);

    public static byte[] WebP(int size = 256, int salt = 0) => Pad([.. "RIFF"u8, 0xF8, 0x00, 0x00, 0x00, .. "WEBPVP8 "u8], size, salt);

    public static byte[] Heic(int size = 256, int salt = 0) => IsoPad([0, 0, 0, 0x18, .. "ftypheic"u8, 0, 0, 0, 0, .. "mif1heic"u8], size, salt);

    public static byte[] Mp4(int size = 1024, int salt = 0) => IsoPad([0, 0, 0, 0x18, .. "ftypisom"u8, 0, 0, 2, 0, .. "isommp41"u8], size, salt);

    public static byte[] Mov(int size = 1024, int salt = 0) => IsoPad([0, 0, 0, 0x14, .. "ftypqt  "u8, 0, 0, 2, 0, .. "qt  "u8], size, salt);

    public static byte[] WebM(int size = 1024, int salt = 0) =>
        Pad([0x1A, 0x45, 0xDF, 0xA3, 0x9F, 0x42, 0x86, 0x81, 0x01, 0x42, 0xF7, 0x81, 0x01, 0x42, 0x82, 0x84, .. "webm"u8], size, salt);

    public static byte[] Html() => Encoding.UTF8.GetBytes("<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>");

    /// <summary>An ISO base media file: its <c>ftyp</c>, then one <c>free</c> box (holding the salt) to the size asked.</summary>
    private static byte[] IsoPad(byte[] ftyp, int size, int salt)
    {
        var free = Math.Max(size - ftyp.Length, 16);
        return [.. ftyp, (byte)(free >> 24), (byte)(free >> 16), (byte)(free >> 8), (byte)free, .. "free"u8, .. Pad([], free - 8, salt)];
    }

    private static byte[] Pad(byte[] head, int size, int salt, byte[]? tail = null)
    {
        var bytes = new byte[Math.Max(size, head.Length + 8)];
        head.CopyTo(bytes, 0);
        BitConverter.GetBytes(salt).CopyTo(bytes, head.Length);
        tail?.CopyTo(bytes, bytes.Length - tail.Length);
        return bytes;
    }

    /// <summary>An Open311 form with files in the field <c>media</c>, as a phone app posts it.</summary>
    public static MultipartFormDataContent Multipart(Dictionary<string, string> fields, params (string FileName, string Type, byte[] Bytes)[] files)
    {
        var content = new MultipartFormDataContent();
        foreach (var (name, value) in fields)
        {
            content.Add(new StringContent(value), name);
        }

        foreach (var (fileName, type, bytes) in files)
        {
            var file = new ByteArrayContent(bytes);
            file.Headers.ContentType = new MediaTypeHeaderValue(type);
            content.Add(file, "media", fileName);
        }

        return content;
    }
}
