using System.Text;

namespace LaiChau.Workflows.Feel.Functions;

/// <summary>String functions. Lengths and positions count Unicode code points, not UTF-16 units.</summary>
internal static class StringFunctions
{
    public static FeelValue Length(ReadOnlySpan<FeelValue> args, FeelContext _) =>
        args[0].Kind == FeelKind.String ? FeelValue.Number(CodePoints(args[0].AsString())) : FeelValue.Null;

    /// <summary><c>substring(s, start, length?)</c>: start is 1-based; a negative start counts from the end.</summary>
    public static FeelValue Substring(ReadOnlySpan<FeelValue> args, FeelContext _)
    {
        if (args[0].Kind != FeelKind.String || !Whole(args[1], out var start) || start == 0
            || (args.Length > 2 && (!Whole(args[2], out var length) || length < 0)))
        {
            return FeelValue.Null;
        }

        var runes = args[0].AsString().EnumerateRunes().ToArray();
        var from = (int)Math.Clamp(start > 0 ? start - 1 : runes.Length + start, 0, runes.Length);
        var count = args.Length > 2 ? (int)Math.Min(args[2].AsNumber(), runes.Length - from) : runes.Length - from;
        var text = new StringBuilder();
        foreach (var rune in runes.AsSpan(from, count))
        {
            text.Append(rune.ToString());
        }

        return FeelValue.String(text.ToString());
    }

    public static FeelValue UpperCase(ReadOnlySpan<FeelValue> args, FeelContext _) =>
        args[0].Kind == FeelKind.String ? FeelValue.String(args[0].AsString().ToUpperInvariant()) : FeelValue.Null;

    public static FeelValue LowerCase(ReadOnlySpan<FeelValue> args, FeelContext _) =>
        args[0].Kind == FeelKind.String ? FeelValue.String(args[0].AsString().ToLowerInvariant()) : FeelValue.Null;

    public static FeelValue Trim(ReadOnlySpan<FeelValue> args, FeelContext _) =>
        args[0].Kind == FeelKind.String ? FeelValue.String(args[0].AsString().Trim()) : FeelValue.Null;

    public static FeelValue Contains(ReadOnlySpan<FeelValue> args, FeelContext _) =>
        Strings(args) ? FeelValue.Boolean(args[0].AsString().Contains(args[1].AsString(), StringComparison.Ordinal)) : FeelValue.Null;

    public static FeelValue StartsWith(ReadOnlySpan<FeelValue> args, FeelContext _) =>
        Strings(args) ? FeelValue.Boolean(args[0].AsString().StartsWith(args[1].AsString(), StringComparison.Ordinal)) : FeelValue.Null;

    public static FeelValue EndsWith(ReadOnlySpan<FeelValue> args, FeelContext _) =>
        Strings(args) ? FeelValue.Boolean(args[0].AsString().EndsWith(args[1].AsString(), StringComparison.Ordinal)) : FeelValue.Null;

    /// <summary><c>string join(list, delimiter?)</c>: null elements are skipped; other non-strings make it null.</summary>
    public static FeelValue Join(ReadOnlySpan<FeelValue> args, FeelContext _)
    {
        var delimiter = args.Length > 1 && args[1].Kind == FeelKind.String ? args[1].AsString() : "";
        if (args[0].Kind != FeelKind.List || (args.Length > 1 && args[1].Kind is not (FeelKind.String or FeelKind.Null)))
        {
            return FeelValue.Null;
        }

        var text = new StringBuilder();
        var first = true;
        foreach (var item in args[0].AsList())
        {
            if (item.IsNull)
            {
                continue;
            }

            if (item.Kind != FeelKind.String)
            {
                return FeelValue.Null;
            }

            text.Append(first ? "" : delimiter).Append(item.AsString());
            first = false;
            if (text.Length > FeelLimits.MaxStringLength)
            {
                return FeelValue.Null;
            }
        }

        return FeelValue.String(text.ToString());
    }

    private static bool Strings(ReadOnlySpan<FeelValue> args) => args[0].Kind == FeelKind.String && args[1].Kind == FeelKind.String;

    private static bool Whole(in FeelValue value, out decimal number)
    {
        number = value.Kind == FeelKind.Number ? value.AsNumber() : 0;
        return value.Kind == FeelKind.Number && number == decimal.Truncate(number) && Math.Abs(number) <= int.MaxValue;
    }

    private static int CodePoints(string text)
    {
        var count = 0;
        foreach (var _ in text.EnumerateRunes())
        {
            count++;
        }

        return count;
    }
}
