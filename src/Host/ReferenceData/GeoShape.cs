using System.Globalization;
using System.Text.Json;
using LaiChau.Host.Errors;

namespace LaiChau.Host.ReferenceData;

/// <summary>
/// A Polygon or MultiPolygon (GeoJSON, lon/lat in WGS 84) as rings of points, for bounding boxes and
/// point-in-polygon. The first ring of each polygon is its outline, the others are holes (RFC 7946 §3.1.6).
/// </summary>
public sealed class GeoShape
{
    private readonly List<List<(double Lon, double Lat)[]>> _polygons;

    private GeoShape(List<List<(double Lon, double Lat)[]>> polygons)
    {
        _polygons = polygons;
        var points = polygons.SelectMany(p => p).SelectMany(r => r).ToList();
        MinLon = points.Min(p => p.Lon);
        MinLat = points.Min(p => p.Lat);
        MaxLon = points.Max(p => p.Lon);
        MaxLat = points.Max(p => p.Lat);
        PointCount = points.Count;
    }

    public double MinLon { get; }

    public double MinLat { get; }

    public double MaxLon { get; }

    public double MaxLat { get; }

    public int PointCount { get; }

    /// <summary>Reads a geometry object; returns null with <paramref name="error"/> set when it is not a valid polygon.</summary>
    public static GeoShape? TryRead(JsonElement geometry, out BilingualText? error)
    {
        error = null;
        try
        {
            var type = geometry.GetProperty("type").GetString();
            var coordinates = geometry.GetProperty("coordinates");
            var polygons = type switch
            {
                "Polygon" => [ReadPolygon(coordinates)],
                "MultiPolygon" => coordinates.EnumerateArray().Select(ReadPolygon).ToList(),
                _ => throw new ShapeException(new($"kiểu '{type}' không phải Polygon hay MultiPolygon", $"geometry type '{type}' is not Polygon or MultiPolygon")),
            };
            if (polygons.Count == 0)
            {
                throw new ShapeException(new("không có đa giác nào", "the geometry has no polygon"));
            }

            return new GeoShape(polygons);
        }
        catch (ShapeException e)
        {
            error = e.Text;
            return null;
        }
        catch (Exception e) when (e is InvalidOperationException or KeyNotFoundException or IndexOutOfRangeException or FormatException)
        {
            // The JSON's own shape is wrong (a missing member, a string for a number): the runtime's message, in English.
            error = new("cấu trúc không đúng GeoJSON (cần type, và coordinates là các mảng số)", e.Message);
            return null;
        }
    }

    /// <summary>Inside an outline and outside its holes (even-odd rule; a point on an edge may go either way).</summary>
    public bool Contains(double lon, double lat) =>
        lon >= MinLon && lon <= MaxLon && lat >= MinLat && lat <= MaxLat
        && _polygons.Any(rings => Inside(rings[0], lon, lat) && !rings.Skip(1).Any(hole => Inside(hole, lon, lat)));

    private static List<(double Lon, double Lat)[]> ReadPolygon(JsonElement polygon)
    {
        var rings = polygon.EnumerateArray().Select(ReadRing).ToList();
        return rings.Count > 0 ? rings : throw new ShapeException(new("một đa giác không có vòng nào", "a polygon has no ring"));
    }

    private static (double Lon, double Lat)[] ReadRing(JsonElement ring)
    {
        var points = ring.EnumerateArray().Select(p =>
        {
            var lon = p[0].GetDouble();
            var lat = p[1].GetDouble();
            return lon is >= -180 and <= 180 && lat is >= -90 and <= 90
                ? (lon, lat)
                : throw new ShapeException(new(
                    string.Create(CultureInfo.InvariantCulture, $"[{lon}, {lat}] không phải kinh độ và vĩ độ"),
                    string.Create(CultureInfo.InvariantCulture, $"[{lon}, {lat}] is not a longitude and latitude")));
        }).ToArray();
        return points.Length >= 4 && points[0] == points[^1]
            ? points
            : throw new ShapeException(new("mỗi vòng cần ít nhất 4 điểm và phải kết thúc ở điểm bắt đầu",
                "a ring needs at least 4 positions and must end where it starts"));
    }

    private sealed class ShapeException(BilingualText text) : Exception(text.English)
    {
        public BilingualText Text { get; } = text;
    }

    private static bool Inside((double Lon, double Lat)[] ring, double lon, double lat)
    {
        var inside = false;
        for (int i = 0, j = ring.Length - 1; i < ring.Length; j = i++)
        {
            var (xi, yi) = ring[i];
            var (xj, yj) = ring[j];
            if ((yi > lat) != (yj > lat) && lon < ((xj - xi) * (lat - yi) / (yj - yi)) + xi)
            {
                inside = !inside;
            }
        }

        return inside;
    }
}
