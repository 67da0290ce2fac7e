using BenchmarkDotNet.Attributes;
using LaiChau.Workflows.Calendar;

namespace LaiChau.Benchmarks;

/// <summary>Issue 5: <c>add working days</c> over a 10-year span in under 10 µs, on a calendar whose years are cached.</summary>
[MemoryDiagnoser]
public class CalendarBenchmarks
{
    private static readonly DateTimeOffset ReceivedAt = new(2026, 2, 13, 9, 0, 0, TimeSpan.FromHours(7));
    private WorkingDayCalculator _calculator = null!;

    [GlobalSetup]
    public void Setup()
    {
        _calculator = new WorkingDayCalculator(WorkingDayCalendar.Official);
        _calculator.AddWorkingDays(ReceivedAt, 2_500); // builds the years once, as a running host has
    }

    [Benchmark]
    public DateTimeOffset AddFiveWorkingDays() => _calculator.AddWorkingDays(ReceivedAt, 5);

    /// <summary>About 2,500 working days: ten years ahead.</summary>
    [Benchmark]
    public DateTimeOffset AddTenYearsOfWorkingDays() => _calculator.AddWorkingDays(ReceivedAt, 2_500);

    [Benchmark]
    public int WorkingDaysBetweenTenYears() => _calculator.WorkingDaysBetween(new DateOnly(2026, 1, 1), new DateOnly(2035, 12, 31));

    /// <summary>A cold year: the lunar calendar and holidays computed from scratch.</summary>
    [Benchmark]
    public bool FirstUseOfAYear() => new WorkingDayCalendar([]).IsWorkingDay(new DateOnly(2031, 6, 2));
}
