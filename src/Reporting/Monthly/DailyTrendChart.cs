using System.Globalization;
using LaiChau.Reporting.Layout;
using PdfSharp.Drawing;

namespace LaiChau.Reporting.Monthly;

/// <summary>Reports received per day as columns, reports resolved per day as a line, with a labelled value axis.</summary>
internal static class DailyTrendChart
{
    private const double Height = 150;
    private const double AxisWidth = 24;

    public const double TotalHeight = Height + 40;

    public static void Add(DocumentBuilder builder, IReadOnlyList<DailyCount> days)
    {
        if (days.Count == 0)
        {
            return;
        }

        var s = builder.Settings;
        builder.EnsureSpace(TotalHeight);
        var g = builder.Graphics;
        var font = builder.Font(TextStyle.Regular, 8);
        var left = s.Left + AxisWidth;
        var width = s.ContentWidth - AxisWidth;
        var top = builder.Y;
        var bottom = top + Height;
        var max = Step(Math.Max(1, days.Max(d => Math.Max(d.Received, d.Resolved))));
        var slot = width / days.Count;

        for (var tick = 0; tick <= 4; tick++)
        {
            var y = bottom - Height * tick / 4;
            g.DrawLine(new XPen(ChartColours.Grid, 0.4), left, y, left + width, y);
            g.DrawString((max * tick / 4).ToString(CultureInfo.InvariantCulture), font, XBrushes.Black, left - 3, y, XStringFormats.CenterRight);
        }

        var resolved = new List<XPoint>();
        for (var i = 0; i < days.Count; i++)
        {
            var x = left + i * slot;
            var h = Height * days[i].Received / max;
            g.DrawRectangle(new XSolidBrush(ChartColours.Received), x + slot * 0.15, bottom - h, slot * 0.7, h);
            resolved.Add(new XPoint(x + slot / 2, bottom - Height * days[i].Resolved / max));
            if (i % 5 == 0 || i == days.Count - 1)
            {
                g.DrawString(days[i].Day.Day.ToString("00", CultureInfo.InvariantCulture), font, XBrushes.Black, x + slot / 2, bottom + 9,
                    XStringFormats.BaseLineCenter);
            }
        }

        if (resolved.Count > 1)
        {
            g.DrawLines(new XPen(ChartColours.OnTime, 1.4), [.. resolved]);
        }

        g.DrawLine(new XPen(XColors.Black, 0.6), left, bottom, left + width, bottom);
        builder.Y = bottom + 14;
        ChartLegend.Add(builder, [("Tiếp nhận trong ngày", ChartColours.Received, true), ("Xử lý xong trong ngày", ChartColours.OnTime, true)]);
    }

    /// <summary>The axis maximum: the value rounded up so that four ticks fall on whole numbers.</summary>
    private static int Step(int value) => (value + 3) / 4 * 4;
}
