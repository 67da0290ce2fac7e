namespace LaiChau.Workflows.Feel.Functions;

internal static class ListFunctions
{
    public static FeelValue Count(ReadOnlySpan<FeelValue> args, FeelContext _) =>
        args[0].Kind == FeelKind.List ? FeelValue.Number(args[0].AsList().Length) : FeelValue.Null;

    /// <summary><c>sum</c> of numbers; an empty list or a non-number gives null (DMN 1.4).</summary>
    public static FeelValue Sum(ReadOnlySpan<FeelValue> args, FeelContext _)
    {
        var items = Items(args);
        if (items.Length == 0)
        {
            return FeelValue.Null;
        }

        decimal total = 0;
        foreach (var item in items)
        {
            if (item.Kind != FeelKind.Number)
            {
                return FeelValue.Null;
            }

            total += item.AsNumber();
        }

        return FeelValue.Number(total);
    }

    public static FeelValue Min(ReadOnlySpan<FeelValue> args, FeelContext _) => Extreme(Items(args), -1);

    public static FeelValue Max(ReadOnlySpan<FeelValue> args, FeelContext _) => Extreme(Items(args), 1);

    public static FeelValue Contains(ReadOnlySpan<FeelValue> args, FeelContext _)
    {
        if (args[0].Kind != FeelKind.List)
        {
            return FeelValue.Null;
        }

        foreach (var item in args[0].AsList())
        {
            if (FeelCompare.AreEqual(item, args[1]) == true)
            {
                return FeelValue.True;
            }
        }

        return FeelValue.False;
    }

    // One list argument means its elements; several arguments are the elements themselves.
    private static ReadOnlySpan<FeelValue> Items(ReadOnlySpan<FeelValue> args) =>
        args.Length == 1 && args[0].Kind == FeelKind.List ? args[0].AsList() : args.Length == 1 && args[0].IsNull ? [] : args;

    private static FeelValue Extreme(ReadOnlySpan<FeelValue> items, int sign)
    {
        if (items.Length == 0)
        {
            return FeelValue.Null;
        }

        var best = items[0];
        foreach (var item in items[1..])
        {
            if (FeelCompare.Compare(item, best) is not { } c)
            {
                return FeelValue.Null;
            }

            if (c * sign > 0)
            {
                best = item;
            }
        }

        return best.Kind is FeelKind.Null or FeelKind.List or FeelKind.Context or FeelKind.Boolean or FeelKind.Range
            ? FeelValue.Null
            : best;
    }
}
