namespace LaiChau.Workflows.Calendar;

/// <summary>
/// The Sun's apparent longitude, low-precision method of Meeus, "Astronomical Algorithms" (2nd ed.), ch. 25
/// (about 0.01°, i.e. a quarter of an hour in the time of a solar term).
/// </summary>
internal static class SunPosition
{
    private const double Radians = Math.PI / 180;

    /// <summary>Apparent geocentric longitude in degrees [0, 360) at the instant <paramref name="jd"/> (UT).</summary>
    public static double Longitude(double jd)
    {
        var t = (jd + DeltaT.Days(jd) - 2451545.0) / 36525;
        var l0 = 280.46646 + (36000.76983 * t) + (0.0003032 * t * t);
        var m = (357.52911 + (35999.05029 * t) - (0.0001537 * t * t)) * Radians;
        var c = ((1.914602 - (0.004817 * t) - (0.000014 * t * t)) * Math.Sin(m))
            + ((0.019993 - (0.000101 * t)) * Math.Sin(2 * m))
            + (0.000289 * Math.Sin(3 * m));
        var omega = (125.04 - (1934.136 * t)) * Radians;
        return Normalize(l0 + c - 0.00569 - (0.00478 * Math.Sin(omega)));
    }

    /// <summary>The instant (UT) near <paramref name="guess"/> when the longitude equals <paramref name="degrees"/>.</summary>
    public static double InstantOfLongitude(double degrees, double guess)
    {
        var jd = guess;
        for (var i = 0; i < 8; i++)
        {
            // The Sun moves about 360° in 365.24 days; Newton steps converge in two or three rounds.
            var error = Normalize(degrees - Longitude(jd) + 180) - 180;
            jd += error * 365.2422 / 360;
            if (Math.Abs(error) < 1e-7)
            {
                break;
            }
        }

        return jd;
    }

    private static double Normalize(double degrees)
    {
        var d = degrees % 360;
        return d < 0 ? d + 360 : d;
    }
}
