using LaiChau.Reporting.Layout;
using PdfSharp.Drawing;

namespace LaiChau.Reporting.Monthly;

/// <summary>A one-line legend centred under a chart.</summary>
internal static class ChartLegend
{
    public static void Add(DocumentBuilder builder, IReadOnlyList<(string Label, XColor Colour, bool Filled)> entries)
    {
        var font = builder.Font(TextStyle.Italic, 9);
        var widths = entries.Select(e => 14 + builder.Graphics.MeasureString(e.Label, font).Width + 12).ToList();
        var x = builder.Settings.Left + (builder.Settings.ContentWidth - widths.Sum()) / 2;
        var y = builder.Y + 2;
        for (var i = 0; i < entries.Count; i++)
        {
            if (entries[i].Filled)
            {
                builder.Graphics.DrawRectangle(new XSolidBrush(entries[i].Colour), x, y + 2, 10, 7);
            }
            else
            {
                builder.Graphics.DrawRectangle(new XPen(entries[i].Colour, 0.8), x, y + 2, 10, 7);
            }

            builder.Graphics.DrawString(entries[i].Label, font, XBrushes.Black, x + 14, y + 9, XStringFormats.BaseLineLeft);
            x += widths[i];
        }

        builder.Y = y + 18;
    }
}
