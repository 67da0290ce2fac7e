using PdfSharp.Drawing;

namespace LaiChau.Reporting.Monthly;

/// <summary>The few colours charts use; dark enough to stay distinct when printed in greyscale.</summary>
internal static class ChartColours
{
    public static readonly XColor Received = XColor.FromArgb(0x1F, 0x4E, 0x79);
    public static readonly XColor OnTime = XColor.FromArgb(0x2E, 0x8B, 0x57);
    public static readonly XColor Late = XColor.FromArgb(0xC0, 0x39, 0x2B);
    public static readonly XColor Grid = XColor.FromArgb(0xBB, 0xBB, 0xBB);
}
