namespace LaiChau.Workflows.Feel.Functions;

internal static class NumberFunctions
{
    public static FeelValue Abs(ReadOnlySpan<FeelValue> args, FeelContext _) => args[0].Kind switch
    {
        FeelKind.Number => FeelValue.Number(Math.Abs(args[0].AsNumber())),
        FeelKind.DaysTimeDuration => FeelValue.DaysTimeDuration(args[0].AsDaysTimeDuration().Duration()),
        FeelKind.YearsMonthsDuration => FeelValue.YearsMonthsDuration(Math.Abs(args[0].AsTotalMonths())),
        _ => FeelValue.Null,
    };

    public static FeelValue Floor(ReadOnlySpan<FeelValue> args, FeelContext _) =>
        args[0].Kind == FeelKind.Number ? FeelValue.Number(decimal.Floor(args[0].AsNumber())) : FeelValue.Null;

    public static FeelValue Ceiling(ReadOnlySpan<FeelValue> args, FeelContext _) =>
        args[0].Kind == FeelKind.Number ? FeelValue.Number(decimal.Ceiling(args[0].AsNumber())) : FeelValue.Null;

    /// <summary><c>decimal(n, scale)</c>: rounds half to even, as the DMN specification says.</summary>
    public static FeelValue Decimal(ReadOnlySpan<FeelValue> args, FeelContext _)
    {
        if (args[0].Kind != FeelKind.Number || args[1].Kind != FeelKind.Number)
        {
            return FeelValue.Null;
        }

        var scale = args[1].AsNumber();
        return scale == decimal.Truncate(scale) && scale is >= 0 and <= 28
            ? FeelValue.Number(decimal.Round(args[0].AsNumber(), (int)scale, MidpointRounding.ToEven))
            : FeelValue.Null;
    }

    /// <summary><c>modulo(a, b)</c>: the result takes the sign of the divisor; b = 0 gives null.</summary>
    public static FeelValue Modulo(ReadOnlySpan<FeelValue> args, FeelContext _)
    {
        if (args[0].Kind != FeelKind.Number || args[1].Kind != FeelKind.Number || args[1].AsNumber() == 0)
        {
            return FeelValue.Null;
        }

        var (a, b) = (args[0].AsNumber(), args[1].AsNumber());
        var r = a % b;
        return FeelValue.Number(r != 0 && (r < 0) != (b < 0) ? r + b : r);
    }

    /// <summary><c>round up(n, scale)</c>: any fraction goes away from zero.</summary>
    public static FeelValue RoundUp(ReadOnlySpan<FeelValue> args, FeelContext _) =>
        Round(args, n => n >= 0 ? MidpointRounding.ToPositiveInfinity : MidpointRounding.ToNegativeInfinity);

    /// <summary><c>round down(n, scale)</c>: any fraction goes toward zero.</summary>
    public static FeelValue RoundDown(ReadOnlySpan<FeelValue> args, FeelContext _) => Round(args, static _ => MidpointRounding.ToZero);

    public static FeelValue RoundHalfUp(ReadOnlySpan<FeelValue> args, FeelContext _) => Round(args, static _ => MidpointRounding.AwayFromZero);

    /// <summary><c>round half down(n, scale)</c>: nearest, with a midpoint going toward zero.</summary>
    public static FeelValue RoundHalfDown(ReadOnlySpan<FeelValue> args, FeelContext _) =>
        Round(args, static n => MidpointRounding.AwayFromZero, midpointTowardZero: true);

    private static FeelValue Round(ReadOnlySpan<FeelValue> args, Func<decimal, MidpointRounding> mode, bool midpointTowardZero = false)
    {
        if (args[0].Kind != FeelKind.Number || args[1].Kind != FeelKind.Number)
        {
            return FeelValue.Null;
        }

        var (n, scale) = (args[0].AsNumber(), args[1].AsNumber());
        if (scale != decimal.Truncate(scale) || scale is < 0 or > 28)
        {
            return FeelValue.Null;
        }

        var digits = (int)scale;
        var rounded = decimal.Round(n, digits, mode(n));
        // A midpoint is exactly half a unit away from both neighbours.
        if (midpointTowardZero && Math.Abs(n - rounded) * 2 == Unit(digits))
        {
            rounded = decimal.Round(n, digits, MidpointRounding.ToZero);
        }

        return FeelValue.Number(rounded);
    }

    private static decimal Unit(int digits)
    {
        var unit = 1m;
        for (var i = 0; i < digits; i++)
        {
            unit /= 10;
        }

        return unit;
    }
}
