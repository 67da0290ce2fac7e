using LaiChau.Workflows.Calendar;
using static LaiChau.Workflows.Tests.Calendar.Days;

namespace LaiChau.Workflows.Tests.Calendar;

public sealed class ProvisionalYearTests
{
    private static readonly WorkingDayCalendar Rules = new([]);

    [Fact]
    public void Year2027_WithoutDecision_IsProvisionalAndGivesEveryRuleDay()
    {
        var year = WorkingDayCalendar.Official.Year(2027);

        Assert.True(year.Provisional);
        Assert.All(year.Days, d => Assert.False(d.Official));
        Assert.Equal(
            [
                D("2027-01-01"),
                // Tết Sat 6 Feb: the day before and 1–4 Tết; Saturday and Sunday give Wednesday and Thursday.
                .. Range("2027-02-05", "2027-02-11"),
                D("2027-04-16"),
                D("2027-04-30"), D("2027-05-01"), D("2027-05-03"), // 1 May is a Saturday: Monday 3 May off
                D("2027-09-02"), D("2027-09-03"), // 2 Sep a Thursday: the adjacent day is Friday 3 Sep
            ],
            year.Days.Select(d => d.Date));
    }

    [Fact]
    public void NewYear2028_OnASaturday_GivesMonday3JanuaryOff()
    {
        Assert.False(Rules.IsWorkingDay(D("2028-01-03")));
        Assert.True(Rules.IsWorkingDay(D("2028-01-04")));
        Assert.StartsWith("Nghỉ bù Tết Dương lịch", Rules.Year(2028).Days.Single(d => d.Date == D("2028-01-03")).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Tet2028_FromTuesdayToSaturday_GivesMonday31JanuaryOff()
    {
        Assert.All(Range("2028-01-25", "2028-01-31").Where(d => d.DayOfWeek != DayOfWeek.Sunday), d => Assert.False(Rules.IsWorkingDay(d)));
        Assert.True(Rules.IsWorkingDay(D("2028-02-01")));
    }

    [Fact]
    public void Year2023_ByTheRules_ReproducesThe30AprilDecision()
    {
        // Hùng Kings' day Sat 29 Apr, 30 Apr Sunday, 1 May Monday: the government gave 29 Apr – 3 May.
        Assert.Equal(Range("2023-04-29", "2023-05-03"), Rules.Year(2023).Days.Where(d => d.Date.Month is 4 or 5).Select(d => d.Date));
    }

    [Theory]
    [InlineData(2021, "2021-09-03")]
    [InlineData(2022, "2022-09-01")]
    [InlineData(2024, "2024-09-03")]
    [InlineData(2025, "2025-09-01")]
    public void NationalDayAdjacentDay_ByTheRule_IsTheOneDecidedThatYear(int year, string adjacent) =>
        Assert.Contains(Rules.Year(year).Days, d => d.Date == D(adjacent) && d.Reason.Contains("liền kề", StringComparison.Ordinal));

    [Fact]
    public void Decision_ForOneHoliday_ReplacesOnlyThatHolidaysRuleDays()
    {
        // A decision moves Tết 2027 a day earlier; Hùng Kings' day and the rest still follow the rules.
        var calendar = new WorkingDayCalendar(
            Range("2027-02-04", "2027-02-10").Select(d => new CalendarException(d, CalendarDayKind.DayOff, "Tết", "test")));

        Assert.False(calendar.Year(2027).Provisional);
        Assert.False(calendar.IsWorkingDay(D("2027-02-04")));
        Assert.True(calendar.IsWorkingDay(D("2027-02-11")));
        Assert.False(calendar.IsWorkingDay(D("2027-04-16")));
        Assert.False(calendar.IsWorkingDay(D("2027-05-03")));
    }

    [Fact]
    public void Decision_OfOnlyASwappedSaturday_KeepsTheRuleHolidays()
    {
        var calendar = new WorkingDayCalendar([new(D("2027-04-24"), CalendarDayKind.WorkingDay, "swap", "test")]);

        Assert.True(calendar.IsWorkingDay(D("2027-04-24")));
        Assert.False(calendar.IsWorkingDay(D("2027-04-30")));
        Assert.False(calendar.IsWorkingDay(D("2027-05-03")));
    }

    [Fact]
    public void EveryYear1900To2199_HasBetween240And255WorkingDays()
    {
        for (var year = WorkingDayCalendar.MinYear; year <= WorkingDayCalendar.MaxYear; year++)
        {
            var working = Range($"{year}-01-01", $"{year}-12-31").Count(Rules.IsWorkingDay);
            Assert.InRange(working, 240, 255);
        }
    }
}
