namespace LaiChau.Workflows.Feel.Functions;

/// <summary>Functions that build lists (DMN 1.4, 10.3.4.4); the call node bounds the length of what they return.</summary>
internal static class ListBuildingFunctions
{
    public static FeelValue Append(ReadOnlySpan<FeelValue> args, FeelContext _) =>
        args[0].Kind == FeelKind.List ? FeelValue.OwnedList([.. args[0].AsList(), .. args[1..]]) : FeelValue.Null;

    public static FeelValue Concatenate(ReadOnlySpan<FeelValue> args, FeelContext _)
    {
        var result = new List<FeelValue>();
        foreach (var arg in args)
        {
            if (arg.Kind != FeelKind.List)
            {
                return FeelValue.Null;
            }

            result.AddRange(arg.AsList());
        }

        return FeelValue.OwnedList([.. result]);
    }

    /// <summary>The 1-based positions of every element equal to the match.</summary>
    public static FeelValue IndexOf(ReadOnlySpan<FeelValue> args, FeelContext _)
    {
        if (args[0].Kind != FeelKind.List)
        {
            return FeelValue.Null;
        }

        var items = args[0].AsList();
        var positions = new List<FeelValue>();
        for (var i = 0; i < items.Length; i++)
        {
            if (FeelCompare.AreEqual(items[i], args[1]) == true)
            {
                positions.Add(FeelValue.Number(i + 1));
            }
        }

        return FeelValue.OwnedList([.. positions]);
    }

    public static FeelValue DistinctValues(ReadOnlySpan<FeelValue> args, FeelContext _)
    {
        if (args[0].Kind != FeelKind.List)
        {
            return FeelValue.Null;
        }

        // FeelValue's equality and hash are structural, so a set keeps the first of equal values.
        var seen = new HashSet<FeelValue>();
        var result = new List<FeelValue>();
        foreach (var item in args[0].AsList())
        {
            if (seen.Add(item))
            {
                result.Add(item);
            }
        }

        return FeelValue.OwnedList([.. result]);
    }

    public static FeelValue Reverse(ReadOnlySpan<FeelValue> args, FeelContext _)
    {
        if (args[0].Kind != FeelKind.List)
        {
            return FeelValue.Null;
        }

        var copy = args[0].AsList().ToArray();
        Array.Reverse(copy);
        return FeelValue.OwnedList(copy);
    }

    public static FeelValue Flatten(ReadOnlySpan<FeelValue> args, FeelContext _)
    {
        if (args[0].Kind != FeelKind.List)
        {
            return FeelValue.Null;
        }

        var result = new List<FeelValue>();
        AddFlat(args[0].AsList(), result);
        return FeelValue.OwnedList([.. result]);
    }

    /// <summary><c>sublist(list, start, length?)</c>: 1-based, a negative start counts from the end.</summary>
    public static FeelValue Sublist(ReadOnlySpan<FeelValue> args, FeelContext _)
    {
        if (args[0].Kind != FeelKind.List || args[1].Kind != FeelKind.Number || (args.Length > 2 && args[2].Kind != FeelKind.Number))
        {
            return FeelValue.Null;
        }

        var items = args[0].AsList();
        var start = args[1].AsNumber();
        var from = start > 0 ? start - 1 : items.Length + start;
        var length = args.Length > 2 ? args[2].AsNumber() : items.Length - from;
        if (start == 0 || start != decimal.Truncate(start) || from < 0 || from > items.Length
            || length < 0 || length != decimal.Truncate(length) || from + length > items.Length)
        {
            return FeelValue.Null;
        }

        return FeelValue.OwnedList(items.Slice((int)from, (int)length).ToArray());
    }

    public static FeelValue IsEmpty(ReadOnlySpan<FeelValue> args, FeelContext _) =>
        args[0].Kind == FeelKind.List ? FeelValue.Boolean(args[0].AsList().Length == 0) : FeelValue.Null;

    private static void AddFlat(ReadOnlySpan<FeelValue> items, List<FeelValue> result)
    {
        foreach (var item in items)
        {
            if (item.Kind == FeelKind.List)
            {
                AddFlat(item.AsList(), result);
            }
            else
            {
                result.Add(item);
            }
        }
    }
}
