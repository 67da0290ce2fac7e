namespace LaiChau.Workflows.Feel.Functions;

/// <summary>Constructors of temporal values and the duration between dates.</summary>
internal static class TemporalFunctions
{
    /// <summary><c>date("2025-01-31")</c>, <c>date(year, month, day)</c> or the date of a date and time.</summary>
    public static FeelValue Date(ReadOnlySpan<FeelValue> args, FeelContext _)
    {
        if (args.Length == 3)
        {
            return Whole(args[0], out var y) && Whole(args[1], out var m) && Whole(args[2], out var d)
                && y is >= 1 and <= 9999 && m is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, m)
                ? FeelValue.Date(new DateOnly(y, m, d))
                : FeelValue.Null;
        }

        return args.Length != 1 ? FeelValue.Null : args[0].Kind switch
        {
            FeelKind.Date => args[0],
            FeelKind.DateTime => FeelValue.Date(DateOnly.FromDateTime(args[0].AsDateTime())),
            FeelKind.String when FeelTemporal.TryParseDate(args[0].AsString(), out var date) => FeelValue.Date(date),
            _ => FeelValue.Null,
        };
    }

    /// <summary><c>time("10:30:00")</c>, <c>time(hour, minute, second, offset?)</c> or the time of a date and time.</summary>
    public static FeelValue Time(ReadOnlySpan<FeelValue> args, FeelContext _)
    {
        if (args.Length >= 3)
        {
            if (!Whole(args[0], out var h) || !Whole(args[1], out var m) || args[2].Kind != FeelKind.Number
                || h is < 0 or > 23 || m is < 0 or > 59 || args[2].AsNumber() is < 0 or >= 60)
            {
                return FeelValue.Null;
            }

            var ticks = (h * TimeSpan.TicksPerHour) + (m * TimeSpan.TicksPerMinute) + (long)(args[2].AsNumber() * TimeSpan.TicksPerSecond);
            TimeSpan? offset = args.Length == 4 && args[3].Kind == FeelKind.DaysTimeDuration ? args[3].AsDaysTimeDuration() : null;
            return args.Length == 4 && offset is null ? FeelValue.Null : FeelValue.Time(new TimeOnly(ticks), offset);
        }

        return args.Length != 1 ? FeelValue.Null : args[0].Kind switch
        {
            FeelKind.Time => args[0],
            FeelKind.DateTime => FeelValue.Time(TimeOnly.FromDateTime(args[0].AsDateTime()), args[0].Offset),
            FeelKind.Date => FeelValue.Time(TimeOnly.MinValue, TimeSpan.Zero),
            FeelKind.String when FeelTemporal.TryParseTime(args[0].AsString(), out var time) => time,
            _ => FeelValue.Null,
        };
    }

    /// <summary><c>date and time("2025-01-01T10:00:00+07:00")</c> or <c>date and time(date, time)</c>.</summary>
    public static FeelValue DateAndTime(ReadOnlySpan<FeelValue> args, FeelContext _)
    {
        if (args.Length == 2)
        {
            if (args[0].Kind is not (FeelKind.Date or FeelKind.DateTime) || args[1].Kind != FeelKind.Time)
            {
                return FeelValue.Null;
            }

            var day = args[0].Kind == FeelKind.Date ? args[0].AsDate() : DateOnly.FromDateTime(args[0].AsDateTime());
            return FeelValue.DateTimeRaw(day.ToDateTime(args[1].AsTime()).Ticks, args[1].RawOffset);
        }

        return args[0].Kind switch
        {
            FeelKind.DateTime => args[0],
            FeelKind.Date => FeelValue.DateTime(args[0].AsDate().ToDateTime(TimeOnly.MinValue)),
            FeelKind.String when FeelTemporal.TryParseDateTime(args[0].AsString(), out var value) => value,
            _ => FeelValue.Null,
        };
    }

    public static FeelValue Duration(ReadOnlySpan<FeelValue> args, FeelContext _) =>
        args[0].Kind == FeelKind.String && FeelTemporal.TryParseDuration(args[0].AsString(), out var value) ? value : FeelValue.Null;

    /// <summary>Whole months from one date (or date and time) to another; negative when <c>to</c> is earlier.</summary>
    public static FeelValue YearsAndMonthsDuration(ReadOnlySpan<FeelValue> args, FeelContext _)
    {
        if (!AsDateTime(args[0], out var from) || !AsDateTime(args[1], out var to))
        {
            return FeelValue.Null;
        }

        var sign = to >= from ? 1 : -1;
        var (early, late) = sign > 0 ? (from, to) : (to, from);
        var months = ((late.Year - early.Year) * 12) + late.Month - early.Month;
        if (early.AddMonths(months) > late)
        {
            months--;
        }

        return FeelValue.YearsMonthsDuration(sign * months);
    }

    private static bool AsDateTime(in FeelValue value, out DateTime result)
    {
        result = value.Kind switch
        {
            FeelKind.Date => value.AsDate().ToDateTime(TimeOnly.MinValue),
            FeelKind.DateTime => value.AsDateTime(),
            _ => default,
        };
        return value.Kind is FeelKind.Date or FeelKind.DateTime;
    }

    private static bool Whole(in FeelValue value, out int number)
    {
        var ok = value.Kind == FeelKind.Number && value.AsNumber() == decimal.Truncate(value.AsNumber())
            && Math.Abs(value.AsNumber()) <= int.MaxValue;
        number = ok ? (int)value.AsNumber() : 0;
        return ok;
    }
}
