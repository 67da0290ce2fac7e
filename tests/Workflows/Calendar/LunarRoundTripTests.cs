using LaiChau.Workflows.Calendar;

namespace LaiChau.Workflows.Tests.Calendar;

public sealed class LunarRoundTripTests
{
    [Theory]
    [InlineData(2025, 6, "2025-07-25")]
    [InlineData(2023, 2, "2023-03-22")]
    public void ToSolar_OfALeapMonth_FollowsTheOrdinaryMonth(int year, int month, string expected)
    {
        var leapStart = VietnameseLunarCalendar.ToSolar(year, month, 1, leap: true);

        Assert.Equal(DateOnly.Parse(expected), leapStart);
        Assert.Equal(new LunarDate(year, month, 1, IsLeapMonth: true), VietnameseLunarCalendar.ToLunar(leapStart));
        Assert.True(VietnameseLunarCalendar.ToSolar(year, month, 1) < leapStart);
    }

    [Fact]
    public void ToLunar_EveryDay1900To2199_RoundTripsAndMonthsHave29Or30Days()
    {
        var previous = VietnameseLunarCalendar.ToLunar(new DateOnly(1900, 1, 1));
        for (var date = new DateOnly(1900, 1, 2); date.Year <= 2199; date = date.AddDays(1))
        {
            var lunar = VietnameseLunarCalendar.ToLunar(date);
            Assert.Equal(date, VietnameseLunarCalendar.ToSolar(lunar.Year, lunar.Month, lunar.Day, lunar.IsLeapMonth));
            if (lunar.Day == 1)
            {
                Assert.InRange(previous.Day, 29, 30);
            }
            else
            {
                Assert.Equal(previous with { Day = previous.Day + 1 }, lunar);
            }

            previous = lunar;
        }
    }

    [Fact]
    public void LunarYears_1900To2199_HaveTwelveOrThirteenMonthsAndTetBetween21JanuaryAnd20February()
    {
        for (var year = 1900; year <= 2199; year++)
        {
            var tet = VietnameseLunarCalendar.LunarNewYear(year);
            Assert.InRange(tet, new DateOnly(year, 1, 21), new DateOnly(year, 2, 20));
            if (year < 2199)
            {
                var days = VietnameseLunarCalendar.LunarNewYear(year + 1).DayNumber - tet.DayNumber;
                Assert.True(days is >= 353 and <= 355 or >= 383 and <= 385, $"lunar year {year} has {days} days");
                Assert.Equal(days > 360, VietnameseLunarCalendar.Instance.LeapMonth(year) is not null);
            }
        }
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(13, 1)]
    [InlineData(3, 0)]
    [InlineData(3, 31)]
    public void ToSolar_OfAnImpossibleDate_Throws(int month, int day) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => VietnameseLunarCalendar.ToSolar(2026, month, day));

    [Fact]
    public void ToSolar_OfALeapMonthTheYearLacks_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => VietnameseLunarCalendar.ToSolar(2026, 6, 1, leap: true));

    [Fact]
    public void ToLunar_OutsideTheSupportedYears_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => VietnameseLunarCalendar.ToLunar(new DateOnly(1899, 12, 31)));
}
