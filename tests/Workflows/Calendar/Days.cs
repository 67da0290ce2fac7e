using LaiChau.Workflows.Calendar;

namespace LaiChau.Workflows.Tests.Calendar;

/// <summary>Shorthand for calendar tests: dates from ISO text, instants from Vietnamese wall-clock time.</summary>
internal static class Days
{
    public static readonly TimeSpan Vietnam = TimeSpan.FromHours(7);

    public static WorkingDayCalculator Calculator { get; } = new(WorkingDayCalendar.Official);

    public static DateOnly D(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>An instant given as "yyyy-MM-dd HH:mm" in Vietnam (UTC+7).</summary>
    public static DateTimeOffset At(string local) =>
        DateTimeOffset.ParseExact(local + " +07:00", "yyyy-MM-dd HH:mm zzz", System.Globalization.CultureInfo.InvariantCulture);

    public static IEnumerable<DateOnly> Range(string first, string last)
    {
        for (var day = D(first); day <= D(last); day = day.AddDays(1))
        {
            yield return day;
        }
    }
}
