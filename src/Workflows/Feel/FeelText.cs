using System.Globalization;
using System.Text;

namespace LaiChau.Workflows.Feel;

/// <summary>The text form of FEEL values: what <c>string(x)</c> returns and temporal values' ISO 8601 form in JSON.</summary>
internal static class FeelText
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static string Format(in FeelValue value)
    {
        if (value.Kind == FeelKind.String)
        {
            return (string)value.RawRef!;
        }

        var text = new StringBuilder();
        Append(text, value, quoteStrings: false);
        return text.ToString();
    }

    /// <summary>Drops trailing zeros (1.50 → 1.5) so that equal numbers print alike.</summary>
    public static decimal Normalize(decimal value) => value / 1.0000000000000000000000000000m;

    public static string FormatNumber(decimal value) => value.ToString("0.############################", Invariant);

    private static void Append(StringBuilder text, in FeelValue value, bool quoteStrings)
    {
        switch (value.Kind)
        {
            case FeelKind.Null: text.Append("null"); break;
            case FeelKind.Boolean: text.Append(value.RawTicks != 0 ? "true" : "false"); break;
            case FeelKind.Number: text.Append(FormatNumber(value.RawNumber)); break;
            case FeelKind.String when quoteStrings: text.Append('"').Append((string)value.RawRef!).Append('"'); break;
            case FeelKind.String: text.Append((string)value.RawRef!); break;
            case FeelKind.Date: text.Append(value.AsDate().ToString("yyyy-MM-dd", Invariant)); break;
            case FeelKind.Time:
                text.Append(new TimeOnly(value.RawTicks).ToString("HH:mm:ss.FFFFFFF", Invariant));
                AppendOffset(text, value);
                break;
            case FeelKind.DateTime:
                text.Append(value.AsDateTime().ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF", Invariant));
                AppendOffset(text, value);
                break;
            case FeelKind.DaysTimeDuration: AppendDuration(text, value.RawTicks); break;
            case FeelKind.YearsMonthsDuration: AppendYearsMonths(text, value.RawTicks); break;
            case FeelKind.List: AppendList(text, value.RawList); break;
            case FeelKind.Context: AppendContext(text, value.AsContext()); break;
            case FeelKind.Range: AppendRange(text, value.AsRange()); break;
        }
    }

    private static void AppendOffset(StringBuilder text, in FeelValue value)
    {
        if (!value.HasOffset)
        {
            return;
        }

        var minutes = value.RawOffset;
        if (minutes == 0)
        {
            text.Append('Z');
            return;
        }

        text.Append(minutes < 0 ? '-' : '+');
        minutes = Math.Abs(minutes);
        text.Append((minutes / 60).ToString("00", Invariant)).Append(':').Append((minutes % 60).ToString("00", Invariant));
    }

    private static void AppendDuration(StringBuilder text, long ticks)
    {
        if (ticks == 0)
        {
            text.Append("PT0S");
            return;
        }

        var span = TimeSpan.FromTicks(ticks < 0 ? -ticks : ticks);
        text.Append(ticks < 0 ? "-P" : "P");
        if (span.Days > 0)
        {
            text.Append(span.Days.ToString(Invariant)).Append('D');
        }

        var seconds = span.Seconds + ((decimal)(span.Ticks % TimeSpan.TicksPerSecond) / TimeSpan.TicksPerSecond);
        if (span.Hours == 0 && span.Minutes == 0 && seconds == 0)
        {
            return;
        }

        text.Append('T');
        if (span.Hours > 0)
        {
            text.Append(span.Hours.ToString(Invariant)).Append('H');
        }

        if (span.Minutes > 0)
        {
            text.Append(span.Minutes.ToString(Invariant)).Append('M');
        }

        if (seconds > 0)
        {
            text.Append(FormatNumber(seconds)).Append('S');
        }
    }

    private static void AppendYearsMonths(StringBuilder text, long months)
    {
        text.Append(months < 0 ? "-P" : "P");
        var abs = Math.Abs(months);
        if (abs >= 12)
        {
            text.Append((abs / 12).ToString(Invariant)).Append('Y');
        }

        if (abs % 12 != 0 || abs == 0)
        {
            text.Append((abs % 12).ToString(Invariant)).Append('M');
        }
    }

    private static void AppendList(StringBuilder text, FeelValue[] items)
    {
        text.Append('[');
        for (var i = 0; i < items.Length; i++)
        {
            text.Append(i == 0 ? "" : ", ");
            Append(text, items[i], quoteStrings: true);
        }

        text.Append(']');
    }

    private static void AppendContext(StringBuilder text, FeelMap map)
    {
        text.Append('{');
        for (var i = 0; i < map.Count; i++)
        {
            text.Append(i == 0 ? "" : ", ").Append(map[i].Key).Append(':');
            Append(text, map[i].Value, quoteStrings: true);
        }

        text.Append('}');
    }

    private static void AppendRange(StringBuilder text, FeelRange range)
    {
        text.Append(range.LowIncluded ? '[' : '(');
        Append(text, range.Low, quoteStrings: true);
        text.Append("..");
        Append(text, range.High, quoteStrings: true);
        text.Append(range.HighIncluded ? ']' : ')');
    }
}
