using System.Globalization;

namespace LaiChau.Workflows.Feel;

/// <summary>
/// The fields of an ISO 8601 duration after the <c>P</c>. FEEL has two duration types, so a text that mixes
/// years/months with days/time is refused.
/// </summary>
internal readonly record struct DurationParts(decimal Years, decimal Months, decimal Ticks, bool IsYearsMonths)
{
    public static bool TryRead(ReadOnlySpan<char> text, out DurationParts parts)
    {
        parts = default;
        decimal years = 0, months = 0, ticks = 0;
        bool inTime = false, any = false, yearMonth = false, dayTime = false;
        var i = 0;
        while (i < text.Length)
        {
            if (text[i] == 'T')
            {
                if (inTime || i == text.Length - 1)
                {
                    return false;
                }

                inTime = true;
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && (char.IsAsciiDigit(text[i]) || text[i] == '.'))
            {
                i++;
            }

            if (i == start || i == text.Length
                || !decimal.TryParse(text[start..i], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var n))
            {
                return false;
            }

            var fraction = text[start..i].Contains('.');
            switch ((inTime, text[i]))
            {
                case (false, 'Y') when !fraction: years += n; yearMonth = true; break;
                case (false, 'M') when !fraction: months += n; yearMonth = true; break;
                case (false, 'W') when !fraction: ticks += n * 7 * TimeSpan.TicksPerDay; dayTime = true; break;
                case (false, 'D') when !fraction: ticks += n * TimeSpan.TicksPerDay; dayTime = true; break;
                case (true, 'H') when !fraction: ticks += n * TimeSpan.TicksPerHour; dayTime = true; break;
                case (true, 'M') when !fraction: ticks += n * TimeSpan.TicksPerMinute; dayTime = true; break;
                case (true, 'S'): ticks += decimal.Round(n * TimeSpan.TicksPerSecond); dayTime = true; break;
                default: return false;
            }

            any = true;
            i++;
        }

        if (!any || (yearMonth && dayTime) || ticks > long.MaxValue || years > int.MaxValue)
        {
            return false;
        }

        parts = new(years, months, ticks, yearMonth);
        return true;
    }
}
