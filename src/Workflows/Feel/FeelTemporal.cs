using System.Globalization;
using LaiChau.Workflows.Time;

namespace LaiChau.Workflows.Feel;

/// <summary>Reads the ISO 8601 forms FEEL accepts for dates, times, date-times and durations.</summary>
internal static class FeelTemporal
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;
    private static readonly string[] TimeFormats = ["HH:mm:ss", "HH:mm:ss.FFFFFFF", "HH:mm"];

    /// <summary>Reads whichever temporal kind the text is, as an <c>@"…"</c> literal does.</summary>
    public static bool TryParseAny(ReadOnlySpan<char> text, out FeelValue value)
    {
        if (text.Length > 0 && (text[0] == 'P' || (text[0] == '-' && text.Length > 1 && text[1] == 'P')))
        {
            return TryParseDuration(text, out value);
        }

        if (text.Contains('T'))
        {
            return TryParseDateTime(text, out value);
        }

        if (text.Contains(':'))
        {
            return TryParseTime(text, out value);
        }

        var ok = TryParseDate(text, out var date);
        value = ok ? FeelValue.Date(date) : default;
        return ok;
    }

    public static bool TryParseDate(ReadOnlySpan<char> text, out DateOnly date) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", Invariant, DateTimeStyles.None, out date);

    public static bool TryParseTime(ReadOnlySpan<char> text, out FeelValue value)
    {
        value = default;
        if (!SplitOffset(text, out var clock, out var offset)
            || !TimeOnly.TryParseExact(clock, TimeFormats, Invariant, DateTimeStyles.None, out var time))
        {
            return false;
        }

        value = FeelValue.TimeRaw(time.Ticks, offset);
        return true;
    }

    public static bool TryParseDateTime(ReadOnlySpan<char> text, out FeelValue value)
    {
        value = default;
        var t = text.IndexOf('T');
        if (t < 0 || !TryParseDate(text[..t], out var date) || !TryParseTime(text[(t + 1)..], out var time))
        {
            return false;
        }

        value = FeelValue.DateTimeRaw(date.ToDateTime(TimeOnly.MinValue).Ticks + time.RawTicks, time.RawOffset);
        return true;
    }

    /// <summary>FEEL has two duration types, so a text that mixes years or months with days or time is refused.</summary>
    public static bool TryParseDuration(ReadOnlySpan<char> text, out FeelValue value)
    {
        value = default;
        if (!IsoDuration.TryParse(text, out var d) || (d.HasYearsMonths && d.HasDaysTime))
        {
            return false;
        }

        if (d.IsYearsMonths)
        {
            value = FeelValue.YearsMonthsDuration(d.Negative ? -d.Months : d.Months);
            return true;
        }

        if (d.DayTime is not { } span)
        {
            return false;
        }

        value = FeelValue.DaysTimeDuration(span);
        return true;
    }

    // Reads "Z", "+07:00" or "-05:30" at the end of a time; offset is NoOffset when there is none.
    private static bool SplitOffset(ReadOnlySpan<char> text, out ReadOnlySpan<char> clock, out int offset)
    {
        clock = text;
        offset = FeelValue.NoOffsetMinutes;
        if (text.Length > 0 && text[^1] == 'Z')
        {
            clock = text[..^1];
            offset = 0;
            return true;
        }

        var sign = text.LastIndexOfAny('+', '-');
        if (sign < 0)
        {
            return true;
        }

        var zone = text[(sign + 1)..];
        if (zone.Length != 5 || zone[2] != ':'
            || !int.TryParse(zone[..2], NumberStyles.None, Invariant, out var hours)
            || !int.TryParse(zone[3..], NumberStyles.None, Invariant, out var minutes)
            || hours > 14 || minutes > 59)
        {
            return false;
        }

        clock = text[..sign];
        offset = ((hours * 60) + minutes) * (text[sign] == '-' ? -1 : 1);
        return true;
    }
}
