namespace LaiChau.Workflows.Feel.Nodes;

/// <summary>
/// FEEL arithmetic on decimals and temporal values. Returns null for kinds that do not combine; may throw
/// overflow or range exceptions, which the node turns into null and a warning.
/// </summary>
internal static class Arithmetic
{
    private const long TicksPerDay = TimeSpan.TicksPerDay;

    public static FeelValue Add(in FeelValue a, in FeelValue b) => (a.Kind, b.Kind) switch
    {
        (FeelKind.Number, FeelKind.Number) => FeelValue.Number(a.RawNumber + b.RawNumber),
        (FeelKind.String, FeelKind.String) => FeelValue.String(string.Concat(a.AsString(), b.AsString())),
        (FeelKind.DaysTimeDuration, FeelKind.DaysTimeDuration) => Days(checked(a.RawTicks + b.RawTicks)),
        (FeelKind.YearsMonthsDuration, FeelKind.YearsMonthsDuration) => FeelValue.YearsMonthsDuration(checked((int)(a.RawTicks + b.RawTicks))),
        (FeelKind.DaysTimeDuration or FeelKind.YearsMonthsDuration, FeelKind.Date or FeelKind.DateTime or FeelKind.Time) => Add(b, a),
        (FeelKind.Date, FeelKind.DaysTimeDuration) =>
            FeelValue.Date(DateOnly.FromDateTime(a.AsDate().ToDateTime(TimeOnly.MinValue).AddTicks(b.RawTicks))),
        (FeelKind.Date, FeelKind.YearsMonthsDuration) => FeelValue.Date(a.AsDate().AddMonths((int)b.RawTicks)),
        (FeelKind.DateTime, FeelKind.DaysTimeDuration) => FeelValue.DateTimeRaw(a.AsDateTime().AddTicks(b.RawTicks).Ticks, a.RawOffset),
        (FeelKind.DateTime, FeelKind.YearsMonthsDuration) => FeelValue.DateTimeRaw(a.AsDateTime().AddMonths((int)b.RawTicks).Ticks, a.RawOffset),
        (FeelKind.Time, FeelKind.DaysTimeDuration) =>
            FeelValue.TimeRaw((((a.RawTicks + (b.RawTicks % TicksPerDay)) % TicksPerDay) + TicksPerDay) % TicksPerDay, a.RawOffset),
        _ => FeelValue.Null,
    };

    public static FeelValue Subtract(in FeelValue a, in FeelValue b) => (a.Kind, b.Kind) switch
    {
        (FeelKind.Number, FeelKind.Number) => FeelValue.Number(a.RawNumber - b.RawNumber),
        (FeelKind.Date, FeelKind.Date) => Days(checked((a.RawTicks - b.RawTicks) * TicksPerDay)),
        (FeelKind.DateTime, FeelKind.DateTime) or (FeelKind.Time, FeelKind.Time) => Between(a, b),
        (FeelKind.Date or FeelKind.DateTime or FeelKind.Time or FeelKind.DaysTimeDuration, FeelKind.DaysTimeDuration) =>
            Add(a, Days(checked(-b.RawTicks))),
        (FeelKind.Date or FeelKind.DateTime or FeelKind.YearsMonthsDuration, FeelKind.YearsMonthsDuration) =>
            Add(a, FeelValue.YearsMonthsDuration(checked(-(int)b.RawTicks))),
        _ => FeelValue.Null,
    };

    public static FeelValue Multiply(in FeelValue a, in FeelValue b) => (a.Kind, b.Kind) switch
    {
        (FeelKind.Number, FeelKind.Number) => FeelValue.Number(a.RawNumber * b.RawNumber),
        (FeelKind.DaysTimeDuration, FeelKind.Number) => Days(checked((long)decimal.Round(a.RawTicks * b.RawNumber))),
        (FeelKind.YearsMonthsDuration, FeelKind.Number) =>
            FeelValue.YearsMonthsDuration(checked((int)decimal.Truncate(a.RawTicks * b.RawNumber))),
        (FeelKind.Number, FeelKind.DaysTimeDuration or FeelKind.YearsMonthsDuration) => Multiply(b, a),
        _ => FeelValue.Null,
    };

    /// <summary>Division by zero is null (DMN 1.4), reported as a warning by the node.</summary>
    public static FeelValue Divide(in FeelValue a, in FeelValue b) => (a.Kind, b.Kind) switch
    {
        (_, FeelKind.Number) when b.RawNumber == 0 => FeelValue.Null,
        (FeelKind.Number, FeelKind.Number) => FeelValue.Number(a.RawNumber / b.RawNumber),
        (FeelKind.DaysTimeDuration, FeelKind.Number) => Days(checked((long)decimal.Round(a.RawTicks / b.RawNumber))),
        (FeelKind.YearsMonthsDuration, FeelKind.Number) =>
            FeelValue.YearsMonthsDuration(checked((int)decimal.Truncate(a.RawTicks / b.RawNumber))),
        (FeelKind.DaysTimeDuration, FeelKind.DaysTimeDuration) or (FeelKind.YearsMonthsDuration, FeelKind.YearsMonthsDuration)
            => b.RawTicks == 0 ? FeelValue.Null : FeelValue.Number((decimal)a.RawTicks / b.RawTicks),
        _ => FeelValue.Null,
    };

    public static FeelValue Power(in FeelValue a, in FeelValue b)
    {
        if (a.Kind != FeelKind.Number || b.Kind != FeelKind.Number)
        {
            return FeelValue.Null;
        }

        var exponent = b.RawNumber;
        if (exponent != decimal.Truncate(exponent) || Math.Abs(exponent) > int.MaxValue)
        {
            // Fractional powers leave decimal's exact arithmetic; double is close enough for them.
            var d = Math.Pow((double)a.RawNumber, (double)exponent);
            return double.IsFinite(d) ? FeelValue.Number((decimal)d) : FeelValue.Null;
        }

        var n = (long)Math.Abs(exponent);
        decimal result = 1, square = a.RawNumber;
        while (n > 0)
        {
            if ((n & 1) == 1)
            {
                result *= square;
            }

            n >>= 1;
            if (n > 0)
            {
                square *= square;
            }
        }

        return FeelValue.Number(exponent < 0 ? 1 / result : result);
    }

    private static FeelValue Days(long ticks) => FeelValue.DaysTimeDuration(TimeSpan.FromTicks(ticks));

    // Both with an offset: the difference of instants; both local: of wall clocks; mixed: not defined.
    private static FeelValue Between(in FeelValue a, in FeelValue b)
    {
        if (a.HasOffset != b.HasOffset)
        {
            return FeelValue.Null;
        }

        var shift = a.HasOffset ? (b.RawOffset - a.RawOffset) * TimeSpan.TicksPerMinute : 0;
        return Days(checked(a.RawTicks - b.RawTicks + shift));
    }
}
