using System.Text;

namespace LaiChau.Host.Tests.Reports.Media;

/// <summary>
/// An Exif block as HEIF stores it (a 4-byte offset, then a big-endian TIFF): IFD0 with the make, model and artist,
/// the Exif IFD with the owner's name and the body's serial number, and a GPS IFD with a position in Lai Châu.
/// </summary>
internal static class ExifSample
{
    private const ushort Byte = 1, Ascii = 2, Long = 4, Rational = 5;

    public static byte[] WithGps()
    {
        (ushort Tag, ushort Type, uint Count, byte[] Value)[] gps =
        [
            (0x0000, Byte, 4, [2, 3, 0, 0]),
            (0x0001, Ascii, 2, "N\0"u8.ToArray()),
            (0x0002, Rational, 3, Rationals((22, 1), (26, 1), (985, 100))),
            (0x0003, Ascii, 2, "E\0"u8.ToArray()),
            (0x0004, Rational, 3, Rationals((103, 1), (24, 1), (144, 100))),
        ];
        (ushort, ushort, uint, byte[])[] exif = [Text(0xA430, IsoSamples.Owner), Text(0xA431, IsoSamples.Serial)];
        const uint ifd0 = 8;
        var exifIfd = ifd0 + Size(5, [Text(0, IsoSamples.Make).Value, Text(0, IsoSamples.Model).Value, Text(0, IsoSamples.Owner).Value]);
        var gpsIfd = exifIfd + Size(exif.Length, [.. exif.Select(e => e.Item4)]);
        (ushort, ushort, uint, byte[])[] main =
        [
            Text(0x010F, IsoSamples.Make), Text(0x0110, IsoSamples.Model), Text(0x013B, IsoSamples.Owner),
            (0x8769, Long, 1, U32(exifIfd)), (0x8825, Long, 1, U32(gpsIfd)),
        ];
        byte[] tiff = [.. "MM\0*"u8, .. U32(ifd0), .. Ifd(ifd0, main), .. Ifd(exifIfd, exif), .. Ifd(gpsIfd, gps)];
        return [0, 0, 0, 0, .. tiff];
    }

    private static (ushort Tag, ushort Type, uint Count, byte[] Value) Text(ushort tag, string text)
    {
        var bytes = Encoding.ASCII.GetBytes(text + "\0");
        return (tag, Ascii, (uint)bytes.Length, bytes);
    }

    private static uint Size(int entries, byte[][] values) =>
        (uint)(2 + (12 * entries) + 4 + values.Where(v => v.Length > 4).Sum(v => v.Length + (v.Length % 2)));

    /// <summary>An IFD at <paramref name="start"/>: entries, no next IFD, then the values longer than 4 bytes.</summary>
    private static byte[] Ifd(uint start, (ushort Tag, ushort Type, uint Count, byte[] Value)[] entries)
    {
        var data = new List<byte>();
        var table = new List<byte>([(byte)(entries.Length >> 8), (byte)entries.Length]);
        var dataStart = start + 2 + (12 * (uint)entries.Length) + 4;
        foreach (var (tag, type, count, value) in entries)
        {
            table.AddRange([(byte)(tag >> 8), (byte)tag, (byte)(type >> 8), (byte)type, .. U32(count)]);
            if (value.Length <= 4)
            {
                table.AddRange([.. value, .. new byte[4 - value.Length]]);
            }
            else
            {
                table.AddRange(U32(dataStart + (uint)data.Count));
                data.AddRange(value);
                if (value.Length % 2 == 1)
                {
                    data.Add(0);
                }
            }
        }

        return [.. table, 0, 0, 0, 0, .. data];
    }

    private static byte[] Rationals(params (uint Numerator, uint Denominator)[] values) =>
        [.. values.SelectMany(v => (byte[])[.. U32(v.Numerator), .. U32(v.Denominator)])];

    private static byte[] U32(uint value) => [(byte)(value >> 24), (byte)(value >> 16), (byte)(value >> 8), (byte)value];
}
