namespace LaiChau.Workflows.Calendar;

/// <summary>
/// The official decisions seeded into the exceptions table (2025 and 2026). References marked "(số hiệu cần
/// kiểm tra)" are described rather than numbered: an administrator should complete them from the published text.
/// </summary>
public static class OfficialDecisions
{
    private const string Tet2025 = "Thông báo 6150/TB-LĐTBXH ngày 08/11/2024 (Tết Âm lịch và Quốc khánh 2025)";
    private const string Labour2025 = "Phương án hoán đổi ngày làm việc dịp 30/4–1/5/2025 được Thủ tướng đồng ý (số hiệu cần kiểm tra)";
    private const string Holidays2026 = "Thông báo của Bộ Nội vụ về lịch nghỉ Tết Dương lịch và Tết Âm lịch 2026 (số hiệu cần kiểm tra)";
    private const string LabourCode = PublicHolidays.LabourCode;

    public static IReadOnlyList<CalendarException> All { get; } =
    [
        .. DaysOff(new(2025, 1, 25), new(2025, 2, 2), "Nghỉ Tết Nguyên Đán Ất Tỵ", Tet2025),
        Off(new(2025, 4, 7), "Giỗ Tổ Hùng Vương (10/3 âm lịch)", LabourCode),
        Worked(new(2025, 4, 26), "Làm bù cho ngày nghỉ 02/05/2025", Labour2025),
        .. DaysOff(new(2025, 4, 30), new(2025, 5, 4), "Nghỉ lễ 30/4 và 1/5 (hoán đổi 02/05 với thứ Bảy 26/04)", Labour2025),
        .. DaysOff(new(2025, 8, 30), new(2025, 9, 2), "Nghỉ lễ Quốc khánh 2/9", Tet2025),

        .. DaysOff(new(2026, 1, 1), new(2026, 1, 4), "Nghỉ Tết Dương lịch (hoán đổi 02/01 với thứ Bảy 10/01)", Holidays2026),
        Worked(new(2026, 1, 10), "Làm bù cho ngày nghỉ 02/01/2026", Holidays2026),
        .. DaysOff(new(2026, 2, 16), new(2026, 2, 20), "Nghỉ Tết Nguyên Đán Bính Ngọ", Holidays2026),
        Off(new(2026, 4, 27), "Nghỉ bù Giỗ Tổ Hùng Vương (10/3 âm lịch rơi vào Chủ nhật 26/04)", LabourCode),
        .. DaysOff(new(2026, 4, 30), new(2026, 5, 1), "Nghỉ lễ 30/4 và 1/5", LabourCode),
    ];

    private static CalendarException Off(DateOnly date, string reason, string reference) =>
        new(date, CalendarDayKind.DayOff, reason, reference);

    private static CalendarException Worked(DateOnly date, string reason, string reference) =>
        new(date, CalendarDayKind.WorkingDay, reason, reference);

    private static IEnumerable<CalendarException> DaysOff(DateOnly first, DateOnly last, string reason, string reference)
    {
        for (var day = first; day <= last; day = day.AddDays(1))
        {
            yield return Off(day, reason, reference);
        }
    }
}
