using System.Globalization;
using LaiChau.Reporting.Layout;
using LaiChau.Reporting.Letters;

namespace LaiChau.Reporting.Monthly;

/// <summary>Renders the monitoring centre's <see cref="MonthlyReport"/> (R11.3): totals, agencies, ratings, charts, open, late,
/// not conclusively resolved and hidden cases.</summary>
public static class MonthlyReportDocument
{
    public static byte[] Render(MonthlyReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var month = $"{report.Month.ToString("00", CultureInfo.InvariantCulture)}/{report.Year.ToString(CultureInfo.InvariantCulture)}";
        var subject = $"Kết quả tiếp nhận, xử lý phản ánh tháng {month}" + (report.Agency is { } agency ? $" - {agency}" : "");
        using var builder = new DocumentBuilder(subject, report.Header.Date);
        AdministrativeHeader.Add(builder, report.Header, "Báo cáo", subject);

        var t = report.Totals;
        Heading(builder, "I. Tổng hợp chung");
        builder.Add(Paragraph.Body(
            $"Trong tháng {month}, hệ thống tiếp nhận {MonthlyTables.N(t.Received)} phản ánh; đã xử lý đúng hạn "
            + $"{MonthlyTables.N(t.ResolvedOnTime)} ({MonthlyTables.Percent(t.ResolvedOnTime, t.Received)}), quá hạn "
            + $"{MonthlyTables.N(t.ResolvedLate)}; còn {MonthlyTables.N(t.Overdue)} phản ánh quá hạn chưa xử lý xong."));
        builder.Add(MonthlyTables.Totals(t));

        Heading(builder, "II. Kết quả theo cơ quan");
        builder.Add(MonthlyTables.Agencies(report.Agencies));
        builder.EnsureSpace(AgencyBarChart.HeightFor(report.Agencies.Count) + 20); // keep the caption with its chart
        Caption(builder, "Biểu đồ 1. Số phản ánh tiếp nhận và xử lý theo cơ quan");
        AgencyBarChart.Add(builder, report.Agencies);

        Heading(builder, "III. Diễn biến theo ngày");
        builder.EnsureSpace(DailyTrendChart.TotalHeight + 20);
        Caption(builder, "Biểu đồ 2. Số phản ánh tiếp nhận và xử lý xong theo ngày");
        DailyTrendChart.Add(builder, report.Days);

        // R8.2: the three ratings a reporter may give.
        Heading(builder, "IV. Đánh giá của người phản ánh");
        builder.Add(MonthlyTables.Ratings(report.Ratings));

        // R11.3: overdue cases and cases not fully resolved are listed by name.
        Heading(builder, "V. Phản ánh quá hạn, chưa xử lý xong");
        AddOrNone(builder, report.OverdueAndUnresolved.Count, () => MonthlyTables.OpenCases(report.OverdueAndUnresolved));

        Heading(builder, "VI. Phản ánh xử lý quá hạn trong tháng");
        AddOrNone(builder, report.ResolvedLate.Count, () => MonthlyTables.LateCases(report.ResolvedLate));

        Heading(builder, "VII. Phản ánh chưa được giải quyết dứt điểm");
        AddOrNone(builder, report.NotConclusivelyResolved.Count, () => MonthlyTables.UnacceptedCases(report.NotConclusivelyResolved));

        // R9: hidden reports stay on the watch list; each one shows who hid it, why, and whether it is still handled.
        Heading(builder, "VIII. Phản ánh bị ẩn");
        AddOrNone(builder, report.Hidden.Count, () => MonthlyTables.Hidden(report.Hidden));

        SignatureBlock.Add(builder, report.Signature);
        return builder.ToBytes();
    }

    private static void Heading(DocumentBuilder builder, string text)
    {
        var heading = Paragraph.Of(text, TextStyle.Bold) with { Alignment = Alignment.Left, SpaceBefore = 6, SpaceAfter = 4 };
        builder.EnsureSpace(heading.LineHeight * 3); // never leave a heading alone at the foot of a page
        builder.Add(heading);
    }

    private static void Caption(DocumentBuilder builder, string text) =>
        builder.Add(Paragraph.Centered(text, TextStyle.Italic, 11) with { SpaceAfter = 4 });

    private static void AddOrNone(DocumentBuilder builder, int count, Func<Table> table)
    {
        if (count == 0)
        {
            builder.Add(Paragraph.Body("Không có."));
            return;
        }

        builder.Add(table());
    }
}
