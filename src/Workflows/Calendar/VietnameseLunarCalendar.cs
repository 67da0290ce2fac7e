using LaiChau.Workflows.Time;

namespace LaiChau.Workflows.Calendar;

/// <summary>The Vietnamese lunar calendar: days counted at UTC+7, the legal time of Vietnam (meridian 105°E).</summary>
public static class VietnameseLunarCalendar
{
    public static LunarCalendar Instance { get; } = new(VietnamTime.Offset);

    public static LunarDate ToLunar(DateOnly date) => Instance.ToLunar(date);

    public static DateOnly ToSolar(int lunarYear, int month, int day, bool leap = false) =>
        Instance.ToSolar(lunarYear, month, day, leap);

    /// <summary>Tết Nguyên Đán: the first day of the first month of <paramref name="lunarYear"/>.</summary>
    public static DateOnly LunarNewYear(int lunarYear) => Instance.ToSolar(lunarYear, 1, 1);

    /// <summary>Giỗ Tổ Hùng Vương: the 10th day of the 3rd lunar month.</summary>
    public static DateOnly HungKingsDay(int lunarYear) => Instance.ToSolar(lunarYear, 3, 10);
}
