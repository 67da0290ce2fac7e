using System.Globalization;
using LaiChau.Reporting.Layout;
using LaiChau.Reporting.Letters;

namespace LaiChau.Reporting.Monthly;

/// <summary>The report's tables; each repeats its header row when it continues on a new page.</summary>
internal static class MonthlyTables
{
    public static Table Totals(ReportTotals t) => new([3, 1])
    {
        HeaderRows = [["Chỉ tiêu", "Số phản ánh"]],
        Rows =
        [
            ["Tiếp nhận trong tháng", N(t.Received)],
            ["Đã xử lý đúng hạn", N(t.ResolvedOnTime)],
            ["Đã xử lý quá hạn", N(t.ResolvedLate)],
            ["Từ chối, không xử lý (R7.2)", N(t.Rejected)],
            ["Chuyển cơ quan khác (R7.5)", N(t.Transferred)],
            ["Đang xử lý", N(t.Open)],
            ["Quá hạn chưa xử lý xong", N(t.Overdue)],
            ["Được gia hạn (Điều 7.3, trường hợp đặc biệt)", N(t.Extended)],
            ["Trùng, gộp vào phản ánh gốc (R5.7)", N(t.Merged)],
        ],
        Alignments = [Alignment.Left, Alignment.Right],
    };

    public static Table Agencies(IReadOnlyList<AgencyFigures> agencies) => new([0.6, 3.2, 1, 1, 1, 1, 1, 1, 1])
    {
        HeaderRows = [["STT", "Cơ quan", "Tiếp nhận", "Đúng hạn", "Quá hạn", "Từ chối", "Chuyển", "Đang xử lý", "Trễ hạn"]],
        Rows = [.. agencies.Select((a, i) => (IReadOnlyList<string>)
        [
            N(i + 1), a.Agency, N(a.Totals.Received), N(a.Totals.ResolvedOnTime), N(a.Totals.ResolvedLate),
            N(a.Totals.Rejected), N(a.Totals.Transferred), N(a.Totals.Open), N(a.Totals.Overdue),
        ])],
        Alignments = [Alignment.Right, Alignment.Left, .. Enumerable.Repeat(Alignment.Right, 7)],
        FontSize = 10,
    };

    public static Table Ratings(RatingCounts r)
    {
        var total = r.Satisfied + r.Acceptable + r.Unsatisfied;
        return new Table([2, 1, 1])
        {
            HeaderRows = [["Mức đánh giá", "Số lượt", "Tỷ lệ"]],
            Rows =
            [
                ["Hài lòng", N(r.Satisfied), Percent(r.Satisfied, total)],
                ["Chấp nhận được", N(r.Acceptable), Percent(r.Acceptable, total)],
                ["Không hài lòng", N(r.Unsatisfied), Percent(r.Unsatisfied, total)],
            ],
            Alignments = [Alignment.Left, Alignment.Right, Alignment.Right],
        };
    }

    public static Table OpenCases(IReadOnlyList<OpenCase> cases) => new([0.6, 2, 2.6, 1.4, 1.4, 1, 2])
    {
        HeaderRows = [["STT", "Mã phản ánh", "Cơ quan", "Ngày nhận", "Hạn xử lý", "Quá hạn (ngày làm việc)", "Tình trạng"]],
        Rows = [.. cases.Select((c, i) => (IReadOnlyList<string>)
        [
            N(i + 1), c.ReportCode, c.Agency, VietnameseDate.Short(c.ReceivedOn), VietnameseDate.Short(c.Deadline),
            N(c.DaysOverdue), c.Status,
        ])],
        Alignments = [Alignment.Right, Alignment.Left, Alignment.Left, Alignment.Center, Alignment.Center, Alignment.Right],
        FontSize = 10,
    };

    public static Table LateCases(IReadOnlyList<LateCase> cases) => new([0.6, 2, 2.4, 1.8, 1.3, 1.3, 1.3, 1])
    {
        HeaderRows = [["STT", "Mã phản ánh", "Cơ quan", "Lĩnh vực", "Ngày nhận", "Hạn xử lý", "Ngày xử lý xong", "Quá hạn (ngày làm việc)"]],
        Rows = [.. cases.Select((c, i) => (IReadOnlyList<string>)
        [
            N(i + 1), c.ReportCode, c.Agency, c.Category, VietnameseDate.Short(c.ReceivedOn), VietnameseDate.Short(c.Deadline),
            VietnameseDate.Short(c.ResolvedOn), N(c.WorkingDaysLate),
        ])],
        Alignments = [Alignment.Right, Alignment.Left, Alignment.Left, Alignment.Left, Alignment.Center, Alignment.Center, Alignment.Center, Alignment.Right],
        FontSize = 10,
    };

    public static Table UnacceptedCases(IReadOnlyList<UnacceptedCase> cases) => new([0.6, 2, 2.4, 1.8, 1.3, 2.2, 2])
    {
        HeaderRows = [["STT", "Mã phản ánh", "Cơ quan", "Lĩnh vực", "Ngày", "Ý kiến người phản ánh", "Tình trạng"]],
        Rows = [.. cases.Select((c, i) => (IReadOnlyList<string>)
            [N(i + 1), c.ReportCode, c.Agency, c.Category, VietnameseDate.Short(c.On), c.Why, c.Status])],
        Alignments = [Alignment.Right, Alignment.Left, Alignment.Left, Alignment.Left, Alignment.Center],
        FontSize = 10,
    };

    public static Table Hidden(IReadOnlyList<HiddenCase> cases) => new([2, 2.2, 1.4, 1.8, 2.4, 2.4])
    {
        HeaderRows = [["Mã phản ánh", "Cơ quan", "Ngày ẩn", "Người ẩn", "Lý do ẩn", "Tình trạng xử lý"]],
        Rows = [.. cases.Select(c => (IReadOnlyList<string>)
            [c.ReportCode, c.Agency, VietnameseDate.Short(c.HiddenOn), c.HiddenBy, c.Reason, c.Handling])],
        Alignments = [Alignment.Left, Alignment.Left, Alignment.Center],
        FontSize = 10,
    };

    public static string N(int value) => value.ToString("N0", CultureInfo.InvariantCulture).Replace(',', '.');

    /// <summary>Vietnamese writes a decimal comma: "92,3%".</summary>
    public static string Percent(int part, int whole) =>
        whole == 0 ? "-" : (100.0 * part / whole).ToString("0.0", CultureInfo.InvariantCulture).Replace('.', ',') + "%";
}
