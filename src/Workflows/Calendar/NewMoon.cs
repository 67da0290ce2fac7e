namespace LaiChau.Workflows.Calendar;

/// <summary>
/// Instants of new moon from Meeus, "Astronomical Algorithms" (2nd ed.), ch. 49: the mean phase, the periodic
/// terms of table 49.A for the new moon and the fourteen planetary arguments. Accurate to well under a minute.
/// </summary>
internal static class NewMoon
{
    private const double Radians = Math.PI / 180;
    private const double SynodicMonth = 29.530588861;
    private const double EpochJde = 2451550.09766;

    /// <summary>The lunation number k (0 = the new moon of 6 January 2000) of the new moon at or before <paramref name="jd"/>, ±1.</summary>
    public static int LunationNear(double jd) => (int)Math.Floor((jd - EpochJde) / SynodicMonth);

    /// <summary>The instant (UT, Julian Day) of new moon number <paramref name="k"/>.</summary>
    public static double Instant(int k)
    {
        var t = k / 1236.85;
        var t2 = t * t;
        var jde = EpochJde + (SynodicMonth * k) + (0.00015437 * t2) - (0.000000150 * t2 * t) + (0.00000000073 * t2 * t2);
        var e = 1 - (0.002516 * t) - (0.0000074 * t2);
        var m = Deg(2.5534 + (29.10535670 * k) - (0.0000014 * t2) - (0.00000011 * t2 * t));
        var mm = Deg(201.5643 + (385.81693528 * k) + (0.0107582 * t2) + (0.00001238 * t2 * t) - (0.000000058 * t2 * t2));
        var f = Deg(160.7108 + (390.67050284 * k) - (0.0016118 * t2) - (0.00000227 * t2 * t) + (0.000000011 * t2 * t2));
        var omega = Deg(124.7746 - (1.56375588 * k) + (0.0020672 * t2) + (0.00000215 * t2 * t));
        jde += PeriodicTerms(e, m, mm, f, omega) + PlanetaryTerms(k, t2);
        return jde - DeltaT.Days(jde);
    }

    private static double PeriodicTerms(double e, double m, double mm, double f, double omega) =>
        (-0.40720 * Math.Sin(mm))
        + (0.17241 * e * Math.Sin(m))
        + (0.01608 * Math.Sin(2 * mm))
        + (0.01039 * Math.Sin(2 * f))
        + (0.00739 * e * Math.Sin(mm - m))
        - (0.00514 * e * Math.Sin(mm + m))
        + (0.00208 * e * e * Math.Sin(2 * m))
        - (0.00111 * Math.Sin(mm - (2 * f)))
        - (0.00057 * Math.Sin(mm + (2 * f)))
        + (0.00056 * e * Math.Sin((2 * mm) + m))
        - (0.00042 * Math.Sin(3 * mm))
        + (0.00042 * e * Math.Sin(m + (2 * f)))
        + (0.00038 * e * Math.Sin(m - (2 * f)))
        - (0.00024 * e * Math.Sin((2 * mm) - m))
        - (0.00017 * Math.Sin(omega))
        - (0.00007 * Math.Sin(mm + (2 * m)))
        + (0.00004 * Math.Sin((2 * mm) - (2 * f)))
        + (0.00004 * Math.Sin(3 * m))
        + (0.00003 * Math.Sin(mm + m - (2 * f)))
        + (0.00003 * Math.Sin((2 * mm) + (2 * f)))
        - (0.00003 * Math.Sin(mm + m + (2 * f)))
        + (0.00003 * Math.Sin(mm - m + (2 * f)))
        - (0.00002 * Math.Sin(mm - m - (2 * f)))
        - (0.00002 * Math.Sin((3 * mm) + m))
        + (0.00002 * Math.Sin(4 * mm));

    private static double PlanetaryTerms(int k, double t2) =>
        (0.000325 * Sin(299.77 + (0.107408 * k) - (0.009173 * t2)))
        + (0.000165 * Sin(251.88 + (0.016321 * k)))
        + (0.000164 * Sin(251.83 + (26.651886 * k)))
        + (0.000126 * Sin(349.42 + (36.412478 * k)))
        + (0.000110 * Sin(84.66 + (18.206239 * k)))
        + (0.000062 * Sin(141.74 + (53.303771 * k)))
        + (0.000060 * Sin(207.14 + (2.453732 * k)))
        + (0.000056 * Sin(154.84 + (7.306860 * k)))
        + (0.000047 * Sin(34.52 + (27.261239 * k)))
        + (0.000042 * Sin(207.19 + (0.121824 * k)))
        + (0.000040 * Sin(291.34 + (1.844379 * k)))
        + (0.000037 * Sin(161.72 + (24.198154 * k)))
        + (0.000035 * Sin(239.56 + (25.513099 * k)))
        + (0.000023 * Sin(331.55 + (3.592518 * k)));

    private static double Deg(double degrees) => (degrees % 360) * Radians;

    private static double Sin(double degrees) => Math.Sin(Deg(degrees));
}
