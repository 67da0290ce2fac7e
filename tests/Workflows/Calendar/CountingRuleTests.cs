using LaiChau.Workflows.Calendar;
using static LaiChau.Workflows.Tests.Calendar.Days;

namespace LaiChau.Workflows.Tests.Calendar;

public sealed class CountingRuleTests
{
    [Theory]
    [InlineData("2026-03-02 09:00", 1, "2026-03-03 17:00")] // Monday during office hours: due Tuesday at close
    [InlineData("2026-03-02 09:00", 0, "2026-03-02 17:00")]
    [InlineData("2026-03-02 06:00", 1, "2026-03-03 17:00")] // before opening: counts from that day
    [InlineData("2026-03-02 12:00", 1, "2026-03-03 17:00")] // lunch break: counts from that day
    [InlineData("2026-03-02 17:00", 1, "2026-03-04 17:00")] // the close itself is after office hours
    [InlineData("2026-03-07 10:00", 1, "2026-03-10 17:00")] // Saturday: counts from Monday
    [InlineData("2026-03-02 09:00", 5, "2026-03-09 17:00")]
    public void AddWorkingDays_FromAnOrdinaryWeek_EndsAtTheCloseOfTheNthDay(string received, int n, string due) =>
        Assert.Equal(At(due), Calculator.AddWorkingDays(At(received), n));

    [Fact]
    public void R7_2_RejectionDeadline_ReceivedFriday1659_CountsFromFriday() =>
        Assert.Equal(At("2026-03-09 17:00"), Calculator.AddWorkingDays(At("2026-03-06 16:59"), 1));

    [Fact]
    public void R7_2_RejectionDeadline_ReceivedFriday1701_CountsFromMonday() =>
        Assert.Equal(At("2026-03-10 17:00"), Calculator.AddWorkingDays(At("2026-03-06 17:01"), 1));

    [Fact]
    public void Deadline_ReceivedFriday1701_WhenAfterHoursOptionIsOff_CountsFromFriday()
    {
        var calculator = new WorkingDayCalculator(WorkingDayCalendar.Official, new() { AfterHoursCountsFromNextWorkingDay = false });
        Assert.Equal(At("2026-03-09 17:00"), calculator.AddWorkingDays(At("2026-03-06 17:01"), 1));
    }

    [Fact]
    public void R7_3_ResolutionDeadline_WhenTet2026FallsInside_SkipsTheFiveDaysOff() =>
        Assert.Equal(At("2026-02-27 17:00"), Calculator.AddWorkingDays(At("2026-02-13 09:00"), 5));

    [Fact]
    public void Deadline_ReceivedDuringTet2026_CountsFromMonday23February() =>
        Assert.Equal(At("2026-02-24 17:00"), Calculator.AddWorkingDays(At("2026-02-17 10:00"), 1));

    [Fact]
    public void Deadline_WhenTet2025FallsInside_SkipsTheWholeBreak() =>
        Assert.Equal(At("2025-02-04 17:00"), Calculator.AddWorkingDays(At("2025-01-23 10:00"), 3));

    [Theory]
    [InlineData("2026-01-09 09:00", 1, "2026-01-10 17:00")] // Friday → the swapped Saturday
    [InlineData("2026-01-10 09:00", 1, "2026-01-12 17:00")] // received on the swapped Saturday: counts from it
    [InlineData("2025-04-25 09:00", 1, "2025-04-26 17:00")]
    [InlineData("2025-04-29 10:00", 1, "2025-05-05 17:00")] // 30 Apr – 4 May off
    [InlineData("2025-04-24 10:00", 3, "2025-04-28 17:00")] // Fri 25, Sat 26 worked, Mon 28
    [InlineData("2025-04-24 10:00", 5, "2025-05-05 17:00")] // … Tue 29, then Mon 5 May
    public void Deadline_AcrossASwappedSaturday_CountsTheSaturday(string received, int n, string due) =>
        Assert.Equal(At(due), Calculator.AddWorkingDays(At(received), n));

    [Fact]
    public void Deadline_InAProvisionalYear_SkipsTheCompensatoryDay() =>
        Assert.Equal(At("2028-01-04 17:00"), Calculator.AddWorkingDays(At("2027-12-31 10:00"), 1));

    [Fact]
    public void Deadline_AcrossTheYearEnd_SkipsNewYearsDay() =>
        Assert.Equal(At("2027-01-04 17:00"), Calculator.AddWorkingDays(At("2026-12-30 10:00"), 2));

    [Fact]
    public void AddWorkingDays_ReturnsUtc()
    {
        var due = Calculator.AddWorkingDays(At("2026-03-02 09:00"), 1);
        Assert.Equal(TimeSpan.Zero, due.Offset);
        Assert.Equal(new DateTimeOffset(2026, 3, 3, 10, 0, 0, TimeSpan.Zero), due);
    }

    [Fact]
    public void AddWorkingDays_WithANegativeCount_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Calculator.AddWorkingDays(At("2026-03-02 09:00"), -1));

    [Theory]
    [InlineData("2026-03-02", "2026-03-03", 1)]
    [InlineData("2026-03-02", "2026-03-02", 0)]
    [InlineData("2026-03-03", "2026-03-02", -1)]
    [InlineData("2026-03-06", "2026-03-09", 1)] // Friday → Monday
    [InlineData("2026-02-13", "2026-02-27", 5)] // across Tết 2026
    [InlineData("2026-01-09", "2026-01-12", 2)] // the swapped Saturday counts
    [InlineData("2026-02-14", "2026-02-23", 1)] // a non-working start counts nothing itself
    public void WorkingDaysBetween_CountsDaysAfterTheFirstUpToTheSecond(string a, string b, int expected) =>
        Assert.Equal(expected, Calculator.WorkingDaysBetween(D(a), D(b)));

    [Fact]
    public void Options_WithOverlappingOfficeHours_AreRefused() =>
        Assert.Throws<ArgumentException>(() => new WorkingDayCalculator(WorkingDayCalendar.Official, new()
        {
            OfficeHours = [new(new(7, 30), new(12, 0)), new(new(11, 0), new(17, 0))],
        }));
}
