using System.Globalization;
using LaiChau.Reporting.Layout;
using PdfSharp.Drawing;

namespace LaiChau.Reporting.Monthly;

/// <summary>Horizontal bars per agency: received (outline bar), resolved on time and late (filled segments inside it).</summary>
internal static class AgencyBarChart
{
    private const double RowHeight = 16;
    private const double LabelShare = 0.38;

    public static double HeightFor(int agencies) => agencies * RowHeight + 30;

    public static void Add(DocumentBuilder builder, IReadOnlyList<AgencyFigures> agencies)
    {
        if (agencies.Count == 0)
        {
            return;
        }

        var s = builder.Settings;
        builder.EnsureSpace(HeightFor(agencies.Count));
        var g = builder.Graphics;
        var top = builder.Y;
        var barX = s.Left + s.ContentWidth * LabelShare;
        var barWidth = s.Right - barX - 30;
        var max = Math.Max(1, agencies.Max(a => a.Totals.Received));
        var font = builder.Font(TextStyle.Regular, 9);

        for (var i = 0; i < agencies.Count; i++)
        {
            var totals = agencies[i].Totals;
            var y = top + i * RowHeight;
            var label = Shorten(builder, agencies[i].Agency, font, barX - s.Left - 4);
            g.DrawString(label, font, XBrushes.Black, new XRect(s.Left, y, barX - s.Left - 4, RowHeight), XStringFormats.CenterRight);
            var scale = barWidth / max;
            g.DrawRectangle(new XPen(ChartColours.Received, 0.8), barX, y + 3, totals.Received * scale, RowHeight - 6);
            g.DrawRectangle(new XSolidBrush(ChartColours.OnTime), barX, y + 3, totals.ResolvedOnTime * scale, RowHeight - 6);
            g.DrawRectangle(new XSolidBrush(ChartColours.Late), barX + totals.ResolvedOnTime * scale, y + 3, totals.ResolvedLate * scale, RowHeight - 6);
            g.DrawString(totals.Received.ToString(CultureInfo.InvariantCulture), font, XBrushes.Black,
                barX + totals.Received * scale + 3, y + RowHeight / 2, XStringFormats.CenterLeft);
        }

        builder.Y = top + agencies.Count * RowHeight + 4;
        ChartLegend.Add(builder, [("Tiếp nhận", ChartColours.Received, false), ("Đúng hạn", ChartColours.OnTime, true), ("Quá hạn", ChartColours.Late, true)]);
    }

    /// <summary>A label that would cross the left margin is cut and ends with "…"; the table above has the full name.</summary>
    private static string Shorten(DocumentBuilder builder, string label, XFont font, double width)
    {
        var text = label.Normalize(System.Text.NormalizationForm.FormC);
        if (builder.Graphics.MeasureString(text, font).Width <= width)
        {
            return text;
        }

        while (text.Length > 1 && builder.Graphics.MeasureString(text + "…", font).Width > width)
        {
            text = text[..^1];
        }

        return text.TrimEnd() + "…";
    }
}
