namespace LaiChau.Workflows.Feel.Nodes;

/// <summary>The members FEEL gives temporal values (DMN 1.4, table 65); weekday is 1 (Monday) … 7 (Sunday).</summary>
internal static class TemporalParts
{
    public static FeelValue Get(in FeelValue value, string key)
    {
        switch (value.Kind)
        {
            case FeelKind.Date:
                return DatePart(value.AsDate(), key);
            case FeelKind.DateTime:
                var dt = value.AsDateTime();
                var part = DatePart(DateOnly.FromDateTime(dt), key);
                return part.IsNull ? TimePart(TimeOnly.FromDateTime(dt), key) : part;
            case FeelKind.Time:
                return TimePart(value.AsTime(), key);
            case FeelKind.DaysTimeDuration:
                var span = value.AsDaysTimeDuration();
                return key switch
                {
                    "days" => FeelValue.Number(span.Days),
                    "hours" => FeelValue.Number(span.Hours),
                    "minutes" => FeelValue.Number(span.Minutes),
                    "seconds" => FeelValue.Number(span.Seconds),
                    _ => FeelValue.Null,
                };
            case FeelKind.YearsMonthsDuration:
                var months = value.AsTotalMonths();
                return key switch
                {
                    "years" => FeelValue.Number(months / 12),
                    "months" => FeelValue.Number(months % 12),
                    _ => FeelValue.Null,
                };
            default:
                return FeelValue.Null;
        }
    }

    private static FeelValue DatePart(DateOnly date, string key) => key switch
    {
        "year" => FeelValue.Number(date.Year),
        "month" => FeelValue.Number(date.Month),
        "day" => FeelValue.Number(date.Day),
        "weekday" => FeelValue.Number(date.DayOfWeek == DayOfWeek.Sunday ? 7 : (int)date.DayOfWeek),
        _ => FeelValue.Null,
    };

    private static FeelValue TimePart(TimeOnly time, string key) => key switch
    {
        "hour" => FeelValue.Number(time.Hour),
        "minute" => FeelValue.Number(time.Minute),
        "second" => FeelValue.Number(time.Second + ((decimal)(time.Ticks % TimeSpan.TicksPerSecond) / TimeSpan.TicksPerSecond)),
        _ => FeelValue.Null,
    };
}
