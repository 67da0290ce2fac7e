using System.Globalization;
using System.Text.Json;
using LaiChau.Host.Errors;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO.Converters;
using NetTopologySuite.Operation.Valid;

namespace LaiChau.Host.ReferenceData;

/// <summary>
/// A unit's boundary: a GeoJSON Polygon or MultiPolygon (lon/lat, WGS 84) read by NetTopologySuite and accepted only
/// when valid (OGC rules: closed rings, no self-intersection, holes inside their shell).
/// </summary>
public static class UnitGeometry
{
    private static readonly JsonSerializerOptions Json = new() { Converters = { new GeoJsonConverterFactory() } };

    /// <summary>Reads and checks a geometry object; null with <paramref name="error"/> set when it is not a valid polygon.</summary>
    public static Geometry? TryRead(JsonElement geometry, out BilingualText? error)
    {
        Geometry? shape;
        try
        {
            shape = geometry.Deserialize<Geometry>(Json);
        }
        catch (Exception e) when (e is JsonException or ArgumentException or InvalidOperationException or FormatException)
        {
            // NTS refuses an unclosed ring while building it; the rest is the JSON's own shape (a missing member, a string for a number).
            error = e is ArgumentException && e.Message.Contains("closed", StringComparison.Ordinal)
                ? new("một vòng không kết thúc ở điểm bắt đầu", "a ring does not end where it starts")
                : new("cấu trúc không đúng GeoJSON (cần type, và coordinates là các mảng số)", e.Message);
            return null;
        }

        error = shape switch
        {
            null or not (Polygon or MultiPolygon) => new($"kiểu '{shape?.GeometryType}' không phải Polygon hay MultiPolygon",
                $"geometry type '{shape?.GeometryType}' is not Polygon or MultiPolygon"),
            { IsEmpty: true } => new("không có đa giác nào", "the geometry has no polygon"),
            _ => OutsideTheGlobe(shape) ?? Invalid(shape),
        };
        return error is null ? shape : null;
    }

    /// <summary>A boundary stored by an import (already checked).</summary>
    public static Geometry Parse(string geoJson) => JsonSerializer.Deserialize<Geometry>(geoJson, Json)!;

    private static BilingualText? OutsideTheGlobe(Geometry shape) =>
        shape.Coordinates.FirstOrDefault(c => c.X is < -180 or > 180 || c.Y is < -90 or > 90 || !double.IsFinite(c.X) || !double.IsFinite(c.Y)) is { } c
            ? new($"{Position(c)} không phải kinh độ và vĩ độ", $"{Position(c)} is not a longitude and latitude")
            : null;

    private static BilingualText? Invalid(Geometry shape)
    {
        if (new IsValidOp(shape).ValidationError is not { } invalid)
        {
            return null;
        }

        var at = invalid.Coordinate is { } c ? Position(c) : "?";
        return invalid.ErrorType switch
        {
            TopologyValidationErrors.SelfIntersection or TopologyValidationErrors.RingSelfIntersection =>
                new($"đường biên tự cắt tại {at}", $"the boundary intersects itself at {at}"),
            TopologyValidationErrors.RingNotClosed => new($"vòng không khép kín tại {at}", $"a ring is not closed at {at}"),
            TopologyValidationErrors.TooFewPoints => new($"một vòng có ít hơn 4 điểm khác nhau (tại {at})", $"a ring has fewer than 4 distinct positions (at {at})"),
            TopologyValidationErrors.HoleOutsideShell => new($"một lỗ nằm ngoài vòng ngoài (tại {at})", $"a hole lies outside its shell (at {at})"),
            TopologyValidationErrors.NestedHoles => new($"một lỗ nằm trong lỗ khác (tại {at})", $"a hole lies inside another hole (at {at})"),
            TopologyValidationErrors.NestedShells => new($"hai đa giác của MultiPolygon chồng lên nhau (tại {at})", $"two polygons of the MultiPolygon overlap (at {at})"),
            TopologyValidationErrors.DisconnectedInteriors => new($"các lỗ chia cắt phần trong của đa giác (tại {at})", $"holes split the polygon's interior (at {at})"),
            _ => new($"hình không hợp lệ tại {at} ({invalid.Message})", $"{invalid.Message} at {at}"),
        };
    }

    private static string Position(Coordinate c) => string.Create(CultureInfo.InvariantCulture, $"[{c.X}, {c.Y}]");
}
