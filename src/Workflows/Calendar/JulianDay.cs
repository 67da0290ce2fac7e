namespace LaiChau.Workflows.Calendar;

/// <summary>Conversions between Julian Days (UT, fractional) and civil days at a fixed UTC offset.</summary>
internal static class JulianDay
{
    // DateOnly.DayNumber 0 is 1 January 0001 (proleptic Gregorian), Julian Day Number 1721426.
    private const int DayNumberToJdn = 1721426;

    /// <summary>The civil day, at the given offset from UTC, that contains the instant <paramref name="jd"/> (UT).</summary>
    public static DateOnly ToLocalDate(double jd, TimeSpan utcOffset) =>
        DateOnly.FromDayNumber((int)Math.Floor(jd + 0.5 + utcOffset.TotalDays) - DayNumberToJdn);

    /// <summary>The instant (UT) of local midnight starting <paramref name="date"/> at the given offset.</summary>
    public static double LocalMidnight(DateOnly date, TimeSpan utcOffset) =>
        date.DayNumber + DayNumberToJdn - 0.5 - utcOffset.TotalDays;

    public static double FromDate(DateOnly date) => date.DayNumber + DayNumberToJdn - 0.5;
}
