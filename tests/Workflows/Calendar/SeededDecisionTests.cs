using LaiChau.Workflows.Calendar;
using static LaiChau.Workflows.Tests.Calendar.Days;

namespace LaiChau.Workflows.Tests.Calendar;

public sealed class SeededDecisionTests
{
    private static readonly WorkingDayCalendar Official = WorkingDayCalendar.Official;

    [Theory]
    [InlineData("2025-01-01")]
    [InlineData("2025-01-27")]
    [InlineData("2025-01-31")]
    [InlineData("2025-04-07")]
    [InlineData("2025-04-30")]
    [InlineData("2025-05-01")]
    [InlineData("2025-05-02")]
    [InlineData("2025-09-01")]
    [InlineData("2025-09-02")]
    [InlineData("2026-01-01")]
    [InlineData("2026-01-02")]
    [InlineData("2026-02-16")]
    [InlineData("2026-02-20")]
    [InlineData("2026-04-27")]
    [InlineData("2026-04-30")]
    [InlineData("2026-05-01")]
    public void IsWorkingDay_OnASeededDayOff_IsFalse(string day) => Assert.False(Official.IsWorkingDay(D(day)));

    [Theory]
    [InlineData("2025-01-24")] // Friday before Tết
    [InlineData("2025-02-03")] // Monday after: the decision, not the rule's compensatory day
    [InlineData("2025-04-26")] // Saturday worked for Friday 2 May
    [InlineData("2025-05-05")]
    [InlineData("2025-09-03")]
    [InlineData("2026-01-05")]
    [InlineData("2026-01-10")] // Saturday worked for Friday 2 January
    [InlineData("2026-02-13")]
    [InlineData("2026-02-23")]
    [InlineData("2026-04-28")]
    [InlineData("2026-09-03")]
    public void IsWorkingDay_OnASeededWorkingDay_IsTrue(string day) => Assert.True(Official.IsWorkingDay(D(day)));

    [Fact]
    public void Tet2025_WhenDecided_IsOffFromSaturday25JanuaryToSunday2February()
    {
        var year = Official.Year(2025);

        var tet = year.Days.Where(d => d.Date >= D("2025-01-20") && d.Date <= D("2025-02-10")).ToList();
        Assert.Equal(Range("2025-01-25", "2025-02-02"), tet.Select(d => d.Date));
        Assert.All(tet, d => Assert.Equal(CalendarDayKind.DayOff, d.Kind));
        Assert.All(tet, d => Assert.True(d.Official));
        Assert.All(tet, d => Assert.Contains("6150/TB-LĐTBXH", d.LegalReference, StringComparison.Ordinal));
    }

    [Fact]
    public void Year2025_IsDecidedAndListsTheSwappedSaturday()
    {
        var year = Official.Year(2025);

        Assert.False(year.Provisional);
        Assert.Equal(D("2025-01-29"), year.LunarNewYear);
        Assert.Equal(D("2025-04-07"), year.HungKingsDay);
        var swapped = Assert.Single(year.Days, d => d.Kind == CalendarDayKind.WorkingDay);
        Assert.Equal(D("2025-04-26"), swapped.Date);
        Assert.Equal(Range("2025-04-30", "2025-05-04"), year.Days.Where(d => d.Date.Month is 4 or 5 && d.Kind == CalendarDayKind.DayOff && d.Date.Day != 7).Select(d => d.Date));
        Assert.Equal(Range("2025-08-30", "2025-09-02"), year.Days.Where(d => d.Date.Month is 8 or 9).Select(d => d.Date));
    }

    [Fact]
    public void Year2026_IsDecidedAndKeepsTheRulesForNationalDayItDoesNotCover()
    {
        var year = Official.Year(2026);

        Assert.False(year.Provisional);
        Assert.Equal(D("2026-02-17"), year.LunarNewYear);
        Assert.Equal(D("2026-04-26"), year.HungKingsDay);
        Assert.Equal(Range("2026-02-16", "2026-02-20"), year.Days.Where(d => d.Date.Month == 2).Select(d => d.Date));
        Assert.Equal([D("2026-04-27"), D("2026-04-30"), D("2026-05-01")], year.Days.Where(d => d.Date.Month is 4 or 5).Select(d => d.Date));
        var nationalDay = year.Days.Where(d => d.Date.Month == 9).ToList();
        Assert.Equal([D("2026-09-01"), D("2026-09-02")], nationalDay.Select(d => d.Date));
        Assert.All(nationalDay, d => Assert.False(d.Official));
        Assert.Equal(CalendarDayKind.WorkingDay, Assert.Single(year.Days, d => d.Date == D("2026-01-10")).Kind);
    }

    [Fact]
    public void Constructor_WithTwoExceptionsForOneDay_Throws() =>
        Assert.Throws<ArgumentException>(() => new WorkingDayCalendar(
        [
            new(D("2027-01-04"), CalendarDayKind.DayOff, "a", "x"),
            new(D("2027-01-04"), CalendarDayKind.WorkingDay, "b", "y"),
        ]));
}
