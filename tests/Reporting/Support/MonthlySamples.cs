using LaiChau.Reporting.Letters;
using LaiChau.Reporting.Monthly;

namespace LaiChau.Reporting.Tests.Support;

internal static class MonthlySamples
{
    public static readonly string[] AgencyNames =
    [
        "UBND huyện Tam Đường", "UBND huyện Phong Thổ", "UBND huyện Sìn Hồ", "UBND huyện Mường Tè", "UBND huyện Than Uyên",
        "UBND huyện Tân Uyên", "UBND huyện Nậm Nhùn", "UBND thành phố Lai Châu", "Sở Giao thông vận tải", "Sở Tài nguyên và Môi trường",
        "Sở Xây dựng", "Công an tỉnh",
    ];

    public static MonthlyReport Report(int openCases = 45, int hidden = 3)
    {
        var agencies = AgencyNames.Select((name, i) =>
            new AgencyFigures(name, new ReportTotals(20 + 3 * i, 15 + 2 * i, i % 3, 1, i % 2, 3, i % 4))).ToList();
        return new MonthlyReport(
            new LetterHeader("UBND tỉnh Lai Châu", "Trung tâm Giám sát, điều hành", "Số: 07/BC-TTGS", "Lai Châu", new DateOnly(2026, 3, 2)),
            2026,
            2,
            null,
            new ReportTotals(438, 372, 21, 12, 6, 27, 14),
            agencies,
            new RatingCounts(240, 60, 20),
            [.. Enumerable.Range(1, 28).Select(d => new DailyCount(new DateOnly(2026, 2, d), 10 + d % 7, 8 + d % 5))],
            [.. Enumerable.Range(1, openCases).Select(i => new OpenCase($"PA-2026-{i:000000}", AgencyNames[i % 12],
                new DateOnly(2026, 2, 1 + i % 20), new DateOnly(2026, 2, 8 + i % 20), i % 9, i % 2 == 0 ? "Đang xử lý" : "Chờ phối hợp"))],
            [.. Enumerable.Range(1, hidden).Select(i => new HiddenCase($"PA-2026-9{i:00000}", "UBND huyện Sìn Hồ", new DateOnly(2026, 2, 10 + i),
                "Lê Thị Hằng", "Nội dung xúc phạm cá nhân (R5)", "Vẫn đang xử lý, Trung tâm theo dõi"))],
            new Signature(["KT. Giám đốc", "Phó Giám đốc"], "Trần Đức Thắng", ["UBND tỉnh (b/c);", "Các sở, ngành, huyện;", "Lưu: VT."]));
    }
}
