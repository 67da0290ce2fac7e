using System.Globalization;

namespace LaiChau.Workflows.Feel.Functions;

internal static class ConversionFunctions
{
    /// <summary><c>string(x)</c>: the text form of any value; null stays null.</summary>
    public static FeelValue ToText(ReadOnlySpan<FeelValue> args, FeelContext _) =>
        args[0].IsNull ? FeelValue.Null : FeelValue.String(FeelText.Format(args[0]));

    /// <summary><c>number(text, grouping separator?, decimal separator?)</c> with invariant digits.</summary>
    public static FeelValue ToNumber(ReadOnlySpan<FeelValue> args, FeelContext _)
    {
        if (args[0].Kind == FeelKind.Number)
        {
            return args[0];
        }

        if (args[0].Kind != FeelKind.String)
        {
            return FeelValue.Null;
        }

        var text = args[0].AsString();
        if (args.Length > 1 && args[1].Kind == FeelKind.String)
        {
            text = text.Replace(args[1].AsString(), "", StringComparison.Ordinal);
        }

        if (args.Length > 2 && args[2].Kind == FeelKind.String && args[2].AsString().Length > 0)
        {
            text = text.Replace(args[2].AsString(), ".", StringComparison.Ordinal);
        }

        return decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var n)
            ? FeelValue.Number(n)
            : FeelValue.Null;
    }
}
