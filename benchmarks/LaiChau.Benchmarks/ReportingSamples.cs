using LaiChau.Reporting.Letters;
using LaiChau.Reporting.Monthly;

namespace LaiChau.Benchmarks;

/// <summary>Documents with realistic Vietnamese content for the rendering benchmarks.</summary>
public static class ReportingSamples
{
    private static readonly string[] Agencies =
    [
        "UBND huyện Tam Đường", "UBND huyện Phong Thổ", "UBND huyện Sìn Hồ", "UBND huyện Mường Tè", "UBND huyện Than Uyên",
        "UBND huyện Tân Uyên", "UBND huyện Nậm Nhùn", "UBND thành phố Lai Châu", "Sở Giao thông vận tải",
        "Sở Tài nguyên và Môi trường", "Sở Xây dựng", "Công an tỉnh",
    ];

    public static LetterHeader Header() =>
        new("UBND tỉnh Lai Châu", "Văn phòng", "Số: 12/UBND-VP", "Lai Châu", new DateOnly(2026, 2, 5));

    public static Signature Signature() => new(
        ["TM. Ủy ban nhân dân", "KT. Chủ tịch", "Phó Chủ tịch"],
        "Nguyễn Văn Bình",
        ["Như trên;", "Trung tâm Giám sát, điều hành đô thị thông minh;", "Lưu: VT, VP."]);

    public static ResultLetter Letter() => new(
        Header(),
        "PA-2026-000123",
        new DateOnly(2026, 1, 28),
        "Bản Thẳm, xã Sơn Bình, huyện Tam Đường",
        "Đường bê tông liên bản bị sạt lở, nước ngập sâu gây nguy hiểm cho người đi đường.",
        "Cán bộ địa chính xã đã kiểm tra thực địa: mặt đường bị sạt lở, phản ánh về sự việc là đúng.",
        "Ủy ban nhân dân xã đã huy động lực lượng khắc phục, đắp đất, đặt biển cảnh báo; đường đã thông xe.",
        ["anh-hien-truong.jpg", "bien-ban-kiem-tra.pdf"],
        Signature(),
        false,
        new Uri("https://phananh.laichau.gov.vn/t/PA-2026-000123"));

    public static MonthlyReport Monthly(int overdueRows) => new(
        new LetterHeader("UBND tỉnh Lai Châu", "Trung tâm Giám sát, điều hành", "Số: 07/BC-TTGS", "Lai Châu", new DateOnly(2026, 3, 2)),
        2026,
        2,
        null,
        new ReportTotals(438, 372, 21, 12, 6, 27, 14),
        [.. Agencies.Select((name, i) => new AgencyFigures(name, new ReportTotals(20 + 3 * i, 15 + 2 * i, i % 3, 1, i % 2, 3, i % 4)))],
        new RatingCounts(240, 60, 20),
        [.. Enumerable.Range(1, 28).Select(d => new DailyCount(new DateOnly(2026, 2, d), 10 + d % 7, 8 + d % 5))],
        [.. Enumerable.Range(1, overdueRows).Select(i => new OpenCase($"PA-2026-{i:000000}", Agencies[i % Agencies.Length],
            new DateOnly(2026, 2, 1 + i % 20), new DateOnly(2026, 2, 8 + i % 20), i % 9, i % 2 == 0 ? "Đang xử lý" : "Chờ phối hợp"))],
        [.. Enumerable.Range(1, 5).Select(i => new HiddenCase($"PA-2026-9{i:00000}", "UBND huyện Sìn Hồ", new DateOnly(2026, 2, 10 + i),
            "Lê Thị Hằng", "Nội dung xúc phạm cá nhân (R5)", "Vẫn đang xử lý, Trung tâm theo dõi"))],
        new Signature(["KT. Giám đốc", "Phó Giám đốc"], "Trần Đức Thắng", ["UBND tỉnh (b/c);", "Các sở, ngành, huyện;", "Lưu: VT."]));
}
