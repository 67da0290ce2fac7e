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
}
