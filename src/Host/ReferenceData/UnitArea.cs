using System.Globalization;
using LaiChau.Host.Errors;
using NetTopologySuite.Geometries;

namespace LaiChau.Host.ReferenceData;

/// <summary>
/// Areas of lon/lat geometries in square metres: an equal-area (sinusoidal) projection about the geometry's centre on
/// the sphere of WGS 84's Gaussian radius at that latitude — within 0.1 % of the ellipsoid over a province.
/// </summary>
public static class UnitArea
{
    private const double A = 6_378_137.0; // WGS 84 semi-major axis, metres
    private const double E2 = 0.006_694_379_990_14; // WGS 84 first eccentricity squared

    public static double SquareMetres(Geometry geometry)
    {
        if (geometry.IsEmpty)
        {
            return 0;
        }

        var centre = geometry.EnvelopeInternal.Centre;
        var projected = geometry.Copy();
        projected.Apply(new Sinusoidal(centre.X, GaussianRadius(centre.Y)));
        return projected.Area;
    }

    /// <summary>"0.46 m²", "8,420 m²", "2.35 km²" (Vietnamese: "0,46 m²", "8.420 m²", "2,35 km²").</summary>
    public static BilingualText Text(double squareMetres) =>
        new(Format(squareMetres, CultureInfo.GetCultureInfo("vi-VN")), Format(squareMetres, CultureInfo.InvariantCulture));

    private static string Format(double m2, CultureInfo culture) => m2 switch
    {
        >= 1_000_000 => string.Create(culture, $"{m2 / 1_000_000:N2} km²"),
        >= 100 => string.Create(culture, $"{m2:N0} m²"),
        _ => string.Create(culture, $"{m2:0.##} m²"),
    };

    /// <summary>√(M·N): the radius of the sphere that matches the ellipsoid's area scale at a latitude.</summary>
    private static double GaussianRadius(double latitude)
    {
        var s = Math.Sin(latitude * Math.PI / 180);
        var w = 1 - (E2 * s * s);
        return A * Math.Sqrt(1 - E2) / w;
    }

    private sealed class Sinusoidal(double centralLongitude, double radius) : ICoordinateSequenceFilter
    {
        public bool Done => false;

        public bool GeometryChanged => true;

        public void Filter(CoordinateSequence seq, int i)
        {
            var phi = seq.GetY(i) * Math.PI / 180;
            var lambda = (seq.GetX(i) - centralLongitude) * Math.PI / 180;
            seq.SetX(i, radius * lambda * Math.Cos(phi));
            seq.SetY(i, radius * phi);
        }
    }
}
