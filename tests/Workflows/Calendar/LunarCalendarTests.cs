using LaiChau.Workflows.Calendar;

namespace LaiChau.Workflows.Tests.Calendar;

public sealed class LunarCalendarTests
{
    private static readonly LunarCalendar China = new(TimeSpan.FromHours(8));

    [Theory]
    [InlineData(2024, "2024-02-10", DayOfWeek.Saturday)]
    [InlineData(2025, "2025-01-29", DayOfWeek.Wednesday)]
    [InlineData(2026, "2026-02-17", DayOfWeek.Tuesday)]
    [InlineData(2027, "2027-02-06", DayOfWeek.Saturday)]
    [InlineData(2028, "2028-01-26", DayOfWeek.Wednesday)]
    [InlineData(2029, "2029-02-13", DayOfWeek.Tuesday)]
    [InlineData(2030, "2030-02-02", DayOfWeek.Saturday)]
    [InlineData(1985, "1985-01-21", DayOfWeek.Monday)]
    public void LunarNewYear_InVietnam_IsTheKnownDay(int year, string expected, DayOfWeek weekday)
    {
        var tet = VietnameseLunarCalendar.LunarNewYear(year);

        Assert.Equal(DateOnly.Parse(expected), tet);
        Assert.Equal(weekday, tet.DayOfWeek);
        Assert.Equal(new LunarDate(year, 1, 1), VietnameseLunarCalendar.ToLunar(tet));
    }

    [Theory]
    [InlineData(2030, "2030-02-03")]
    [InlineData(1985, "1985-02-20")]
    [InlineData(2024, "2024-02-10")]
    public void LunarNewYear_AtUtcPlus8_IsTheChineseDay(int year, string expected) =>
        Assert.Equal(DateOnly.Parse(expected), China.ToSolar(year, 1, 1));

    [Theory]
    [InlineData(2024, "2024-04-18")]
    [InlineData(2025, "2025-04-07")]
    [InlineData(2026, "2026-04-26")]
    [InlineData(2027, "2027-04-16")]
    [InlineData(2028, "2028-04-04")]
    [InlineData(2029, "2029-04-23")]
    [InlineData(2030, "2030-04-12")]
    public void HungKingsDay_IsTheTenthOfTheThirdMonth(int year, string expected)
    {
        var day = VietnameseLunarCalendar.HungKingsDay(year);

        Assert.Equal(DateOnly.Parse(expected), day);
        Assert.Equal(new LunarDate(year, 3, 10), VietnameseLunarCalendar.ToLunar(day));
    }

    [Theory]
    [InlineData(2025, 6)]
    [InlineData(2023, 2)]
    [InlineData(2020, 4)]
    [InlineData(2028, 5)]
    public void LeapMonth_OfAYearWithThirteenMonths_IsTheKnownOne(int year, int month) =>
        Assert.Equal(month, VietnameseLunarCalendar.Instance.LeapMonth(year));

    [Theory]
    [InlineData(2024)]
    [InlineData(2026)]
    public void LeapMonth_OfAnOrdinaryYear_IsNull(int year) =>
        Assert.Null(VietnameseLunarCalendar.Instance.LeapMonth(year));
}
