using System.Globalization;

namespace LaiChau.Workflows.Time;

/// <summary>
/// An ISO 8601 duration (<c>P1Y2M</c>, <c>P2W</c>, <c>P5D</c>, <c>PT1H30M</c>, <c>PT0.5S</c>, <c>-P1D</c>): the one parser of
/// timer values, FEEL durations, request fields and settings. Designators come in ISO order, each once; only seconds
/// take a fraction. Years and months stay calendar months; weeks, days and time are exact.
/// </summary>
public readonly record struct IsoDuration(bool Negative, int Months, long Days, long TimeTicks, bool HasYearsMonths, bool HasDaysTime)
{
    public const int MaxLength = 100;

    /// <summary>Only years and months (a FEEL years-and-months duration).</summary>
    public bool IsYearsMonths => HasYearsMonths && !HasDaysTime;

    /// <summary>Only weeks, days and time (a FEEL days-and-time duration, a <see cref="TimeSpan"/>).</summary>
    public bool IsDaysTime => HasDaysTime && !HasYearsMonths;

    /// <summary>Weeks, days and time as one signed span; null when it does not fit or years or months are given.</summary>
    public TimeSpan? DayTime
    {
        get
        {
            if (HasYearsMonths)
            {
                return null;
            }

            var ticks = ((decimal)Days * TimeSpan.TicksPerDay) + TimeTicks;
            return ticks > long.MaxValue ? null : TimeSpan.FromTicks((long)ticks * (Negative ? -1 : 1));
        }
    }

    public static bool TryParse(ReadOnlySpan<char> text, out IsoDuration duration)
    {
        duration = default;
        var negative = text.Length > 0 && text[0] == '-';
        var rest = negative ? text[1..] : text;
        if (text.Length > MaxLength || rest.Length < 2 || rest[0] != 'P')
        {
            return false;
        }

        decimal months = 0, days = 0, ticks = 0;
        bool inTime = false, yearsMonths = false, daysTime = false;
        var rank = -1; // Y M W D | H M S, in this order, each at most once
        var i = 1;
        while (i < rest.Length)
        {
            if (rest[i] == 'T')
            {
                if (inTime || i == rest.Length - 1)
                {
                    return false;
                }

                inTime = true;
                i++;
                continue;
            }

            var start = i;
            while (i < rest.Length && (char.IsAsciiDigit(rest[i]) || rest[i] == '.'))
            {
                i++;
            }

            if (i == start || i == rest.Length
                || !decimal.TryParse(rest[start..i], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var n))
            {
                return false;
            }

            var fraction = rest[start..i].Contains('.');
            var next = (inTime, rest[i]) switch
            {
                (false, 'Y') => 0,
                (false, 'M') => 1,
                (false, 'W') => 2,
                (false, 'D') => 3,
                (true, 'H') => 4,
                (true, 'M') => 5,
                (true, 'S') => 6,
                _ => -1,
            };
            if (next <= rank || (fraction && next != 6))
            {
                return false;
            }

            switch (next)
            {
                case 0: months += n * 12; yearsMonths = true; break;
                case 1: months += n; yearsMonths = true; break;
                case 2: days += n * 7; daysTime = true; break;
                case 3: days += n; daysTime = true; break;
                case 4: ticks += n * TimeSpan.TicksPerHour; daysTime = true; break;
                case 5: ticks += n * TimeSpan.TicksPerMinute; daysTime = true; break;
                default: ticks += decimal.Round(n * TimeSpan.TicksPerSecond); daysTime = true; break;
            }

            rank = next;
            i++;
        }

        if (rank < 0 || months > int.MaxValue || days > long.MaxValue / TimeSpan.TicksPerDay || ticks > long.MaxValue)
        {
            return false;
        }

        duration = new IsoDuration(negative, (int)months, (long)days, (long)ticks, yearsMonths, daysTime);
        return true;
    }

    /// <summary>A positive span of weeks, days and time within bounds (request fields such as <c>PT30S</c>, <c>P7D</c>); else null.</summary>
    public static TimeSpan? ParseSpan(string? text, TimeSpan min, TimeSpan max) =>
        text is not null && TryParse(text, out var d) && !d.Negative && d.DayTime is { } span && span >= min && span <= max ? span : null;
}
