namespace LaiChau.Workflows.Calendar;

/// <summary>
/// The lunar months from month 11 of one winter to month 11 of the next (Hồ Ngọc Đức's description of the
/// Vietnamese calendar): <see cref="Starts"/> holds the first day of each month plus the start of the next month 11.
/// Gregorian year Y's span holds months 11 and 12 of lunar year Y−1 and months 1 to 10 of lunar year Y.
/// </summary>
internal sealed class LunarYearSpan
{
    private LunarYearSpan(int year, DateOnly[] starts, int leapIndex)
    {
        Year = year;
        Starts = starts;
        LeapIndex = leapIndex;
    }

    public int Year { get; }

    public DateOnly[] Starts { get; }

    /// <summary>Index in <see cref="Starts"/> of the leap month, or −1 in a year of twelve months.</summary>
    public int LeapIndex { get; }

    public int MonthCount => Starts.Length - 1;

    /// <summary>The span that ends with the month 11 containing the winter solstice of December <paramref name="year"/>.</summary>
    public static LunarYearSpan Compute(int year, TimeSpan utcOffset)
    {
        var first = Month11Lunation(year - 1, utcOffset);
        var last = Month11Lunation(year, utcOffset);
        var starts = new DateOnly[last - first + 1];
        for (var i = 0; i < starts.Length; i++)
        {
            starts[i] = JulianDay.ToLocalDate(NewMoon.Instant(first + i), utcOffset);
        }

        return new(year, starts, starts.Length == 14 ? LeapIndexOf(starts, utcOffset) : -1);
    }

    /// <summary>Month number (1–12) and whether it is the leap month, for the month at <paramref name="index"/>.</summary>
    public (int Month, bool Leap) MonthAt(int index)
    {
        var leap = index == LeapIndex;
        var ordinal = LeapIndex >= 0 && index >= LeapIndex ? index - 1 : index;
        return (((10 + ordinal) % 12) + 1, leap);
    }

    /// <summary>The lunar year of a month number in this span: months 11 and 12 belong to the previous year.</summary>
    public int LunarYearOf(int month) => month >= 11 ? Year - 1 : Year;

    // Month 11 is the lunar month that contains the winter solstice (the Sun at 270°), in local civil days.
    private static int Month11Lunation(int year, TimeSpan utcOffset)
    {
        var solstice = SunPosition.InstantOfLongitude(270, JulianDay.FromDate(new DateOnly(year, 12, 21)));
        var solsticeDay = JulianDay.ToLocalDate(solstice, utcOffset);
        var k = NewMoon.LunationNear(solstice);
        while (JulianDay.ToLocalDate(NewMoon.Instant(k + 1), utcOffset) <= solsticeDay)
        {
            k++;
        }

        while (JulianDay.ToLocalDate(NewMoon.Instant(k), utcOffset) > solsticeDay)
        {
            k--;
        }

        return k;
    }

    // In a span of thirteen months the leap month is the first after month 11 without a major solar term (zhongqi,
    // a multiple of 30° of solar longitude): the Sun stays in one 30° sector from its first to its last day.
    private static int LeapIndexOf(DateOnly[] starts, TimeSpan utcOffset)
    {
        for (var i = 1; i < starts.Length - 1; i++)
        {
            if (Sector(starts[i], utcOffset) == Sector(starts[i + 1], utcOffset))
            {
                return i;
            }
        }

        throw new InvalidOperationException($"No month without a major solar term between {starts[0]} and {starts[^1]}.");
    }

    private static int Sector(DateOnly day, TimeSpan utcOffset) =>
        (int)(SunPosition.Longitude(JulianDay.LocalMidnight(day, utcOffset)) / 30);
}
