namespace LaiChau.Workflows.Calendar;

/// <summary>
/// ΔT = TT − UT in seconds, from the polynomial fits published by Espenak and Meeus (NASA, "Polynomial
/// expressions for Delta T"). Meeus' series give Terrestrial Time; civil days need Universal Time.
/// </summary>
internal static class DeltaT
{
    public static double Seconds(double year)
    {
        if (year < 1900)
        {
            var t = year - 1860;
            return 7.62 + (0.5737 * t) - (0.251754 * t * t) + (0.01680668 * t * t * t)
                - (0.0004473624 * Math.Pow(t, 4)) + (Math.Pow(t, 5) / 233174);
        }

        if (year < 1920)
        {
            var t = year - 1900;
            return -2.79 + (1.494119 * t) - (0.0598939 * t * t) + (0.0061966 * t * t * t) - (0.000197 * Math.Pow(t, 4));
        }

        if (year < 1941)
        {
            var t = year - 1920;
            return 21.20 + (0.84493 * t) - (0.076100 * t * t) + (0.0020936 * t * t * t);
        }

        if (year < 1961)
        {
            var t = year - 1950;
            return 29.07 + (0.407 * t) - (t * t / 233) + (t * t * t / 2547);
        }

        if (year < 1986)
        {
            var t = year - 1975;
            return 45.45 + (1.067 * t) - (t * t / 260) - (t * t * t / 718);
        }

        if (year < 2005)
        {
            var t = year - 2000;
            return 63.86 + (0.3345 * t) - (0.060374 * t * t) + (0.0017275 * t * t * t)
                + (0.000651814 * Math.Pow(t, 4)) + (0.00002373599 * Math.Pow(t, 5));
        }

        if (year < 2050)
        {
            var t = year - 2000;
            return 62.92 + (0.32217 * t) + (0.005589 * t * t);
        }

        var u = (year - 1820) / 100;
        return year < 2150 ? -20 + (32 * u * u) - (0.5628 * (2150 - year)) : -20 + (32 * u * u);
    }

    /// <summary>ΔT in days at a Julian Day (the year is approximate, which ΔT's slow change allows).</summary>
    public static double Days(double julianDay) => Seconds(2000 + ((julianDay - 2451545.0) / 365.25)) / 86400;
}
