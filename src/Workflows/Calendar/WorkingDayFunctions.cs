using LaiChau.Workflows.Feel;

namespace LaiChau.Workflows.Calendar;

/// <summary>
/// The calendar's FEEL functions: <c>add working days(from, n)</c> → date-time and <c>working days between(a, b)</c>
/// → number. A date stands for a receipt during office hours that day; a local date-time is read in the calendar's
/// zone. Bad input gives null, as FEEL requires.
/// </summary>
public static class WorkingDayFunctions
{
    public const string AddWorkingDays = "add working days";
    public const string WorkingDaysBetween = "working days between";

    public static FeelFunctions Register(FeelFunctions functions, WorkingDayCalculator calculator)
    {
        ArgumentNullException.ThrowIfNull(calculator);
        return Register(functions, () => calculator);
    }

    /// <summary>With a calculator asked for at each call: the host's calendar follows the administrators' edits.</summary>
    public static FeelFunctions Register(FeelFunctions functions, Func<WorkingDayCalculator> calculator)
    {
        ArgumentNullException.ThrowIfNull(functions);
        ArgumentNullException.ThrowIfNull(calculator);
        return functions
            .With(AddWorkingDays, 2, 2, (args, _) => Add(calculator(), args[0], args[1]))
            .With(WorkingDaysBetween, 2, 2, (args, _) => Between(calculator(), args[0], args[1]));
    }

    private static FeelValue Add(WorkingDayCalculator calculator, FeelValue from, FeelValue days)
    {
        if (Instant(calculator.Options, from) is not { } receivedAt || days.Kind != FeelKind.Number)
        {
            return FeelValue.Null;
        }

        var n = days.AsNumber();
        if (n < 0 || n != decimal.Truncate(n) || n > 100_000)
        {
            return FeelValue.Null;
        }

        var due = calculator.AddWorkingDays(receivedAt, (int)n);
        return FeelValue.DateTime(TimeZoneInfo.ConvertTime(due, calculator.Options.TimeZone));
    }

    private static FeelValue Between(WorkingDayCalculator calculator, FeelValue a, FeelValue b) =>
        Day(calculator.Options, a) is { } first && Day(calculator.Options, b) is { } second
            ? FeelValue.Number(calculator.WorkingDaysBetween(first, second))
            : FeelValue.Null;

    private static DateTimeOffset? Instant(WorkingDayOptions options, FeelValue value) => value.Kind switch
    {
        FeelKind.Date => Local(options, value.AsDate().ToDateTime(options.Opening)),
        FeelKind.DateTime when value.Offset is not null => value.AsDateTimeOffset(),
        FeelKind.DateTime => Local(options, value.AsDateTime()),
        _ => null,
    };

    private static DateOnly? Day(WorkingDayOptions options, FeelValue value) => value.Kind switch
    {
        FeelKind.Date => value.AsDate(),
        FeelKind.DateTime when value.Offset is not null =>
            DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(value.AsDateTimeOffset(), options.TimeZone).DateTime),
        FeelKind.DateTime => DateOnly.FromDateTime(value.AsDateTime()),
        _ => null,
    };

    private static DateTimeOffset Local(WorkingDayOptions options, DateTime wallClock) =>
        new(TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(wallClock, DateTimeKind.Unspecified), options.TimeZone), TimeSpan.Zero);
}
