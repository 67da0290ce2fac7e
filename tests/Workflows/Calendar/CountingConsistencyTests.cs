using LaiChau.Workflows.Calendar;
using static LaiChau.Workflows.Tests.Calendar.Days;

namespace LaiChau.Workflows.Tests.Calendar;

public sealed class CountingConsistencyTests
{
    [Fact]
    public void AddWorkingDays_OverTenYears_AgreesWithADayByDayWalk()
    {
        var random = new Random(20261128);
        for (var trial = 0; trial < 300; trial++)
        {
            var start = D("2020-01-01").AddDays(random.Next(0, 3650));
            var n = random.Next(0, 2600);

            var due = Calculator.AddWorkingDays(start, n);

            Assert.Equal(Walk(start, n), due);
            Assert.Equal(n, Calculator.WorkingDaysBetween(start, due));
            Assert.Equal(-n, Calculator.WorkingDaysBetween(due, start));
        }
    }

    [Fact]
    public void CalendarYear_Days_AgreeWithIsWorkingDay()
    {
        foreach (var year in new[] { 2025, 2026, 2027 })
        {
            var listed = Calculator.Year(year).Days.ToDictionary(d => d.Date, d => d.Kind);
            foreach (var day in Range($"{year}-01-01", $"{year}-12-31"))
            {
                var expected = listed.TryGetValue(day, out var kind)
                    ? kind == CalendarDayKind.WorkingDay
                    : day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);
                Assert.Equal(expected, Calculator.IsWorkingDay(day));
            }
        }
    }

    [Fact]
    public void Calendar_UsedFromManyThreads_GivesOneAnswer()
    {
        var calendar = new WorkingDayCalendar(OfficialDecisions.All);
        var calculator = new WorkingDayCalculator(calendar);
        var results = new DateOnly[64];
        Parallel.For(0, results.Length, i => results[i] = calculator.AddWorkingDays(D("2024-06-03"), 2500));
        Assert.All(results, r => Assert.Equal(Walk(D("2024-06-03"), 2500), r));
    }

    private static DateOnly Walk(DateOnly start, int n)
    {
        var day = start;
        while (n > 0)
        {
            day = day.AddDays(1);
            if (Calculator.IsWorkingDay(day))
            {
                n--;
            }
        }

        return day;
    }
}
