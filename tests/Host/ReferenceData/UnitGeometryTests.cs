using System.Text.Json;
using LaiChau.Host.Errors;
using LaiChau.Host.ReferenceData;
using LaiChau.Testing;
using NetTopologySuite.Geometries;

namespace LaiChau.Host.Tests.ReferenceData;

/// <summary>Boundaries read by NetTopologySuite: valid polygons only, and areas in square metres on WGS 84.</summary>
public sealed class UnitGeometryTests
{
    [Fact]
    public void TryRead_APolygonWithAHole_IsValid()
    {
        var shape = Read("""{"type":"Polygon","coordinates":[[[0,0],[10,0],[10,10],[0,10],[0,0]],[[4,4],[6,4],[6,6],[4,6],[4,4]]]}""", out var error);

        Assert.Null(error);
        Assert.Equal(100 - 4, shape!.Area);
    }

    [Theory]
    [InlineData("""{"type":"Polygon","coordinates":[[[0,0],[10,0],[10,10],[0,10],[0,0]],[[20,20],[22,20],[22,22],[20,20]]]}""", "a hole lies outside its shell")]
    [InlineData("""{"type":"MultiPolygon","coordinates":[[[[0,0],[10,0],[10,10],[0,10],[0,0]]],[[[5,5],[15,5],[15,15],[5,15],[5,5]]]]}""", "the boundary intersects itself at [10, 5]")]
    [InlineData("""{"type":"Polygon","coordinates":[]}""", "the geometry has no polygon")]
    [InlineData("""{"type":"Polygon","coordinates":[[[0,0],[200,0],[10,10],[0,10],[0,0]]]}""", "[200, 0] is not a longitude and latitude")]
    [InlineData("""{"coordinates":[[[0,0],[10,0],[10,10],[0,10],[0,0]]]}""", "Missing \"type\" property")]
    public void TryRead_AnInvalidPolygon_SaysWhy(string json, string why)
    {
        var shape = Read(json, out var error);

        Assert.Null(shape);
        Assert.Contains(why, error!.English, StringComparison.Ordinal);
    }

    [Fact]
    public void SquareMetres_OfTheShippedCommunes_AddUpToTheProvincesArea()
    {
        var communes = ShippedBoundaries();

        var total = communes.Sum(c => UnitArea.SquareMetres(c.Shape));

        Assert.Equal(38, communes.Count);
        Assert.InRange(total / 1e6, 9_068.73 * 0.997, 9_068.73 * 1.003); // the province's official 9,068.73 km²
    }

    [Fact]
    public void SquareMetres_OfAHundredthOfADegreeAtTheEquator_IsTheEllipsoids()
    {
        var square = Read("""{"type":"Polygon","coordinates":[[[0,0],[0.01,0],[0.01,0.01],[0,0.01],[0,0]]]}""", out _)!;

        // 1,113.19 m of equator by 1,105.74 m of meridian on WGS 84.
        Assert.Equal(1_230_900, UnitArea.SquareMetres(square), tolerance: 1_230_900 * 0.001);
    }

    [Theory]
    [InlineData(0.46, "0.46 m²", "0,46 m²")]
    [InlineData(8_420.4, "8,420 m²", "8.420 m²")]
    [InlineData(2_345_678, "2.35 km²", "2,35 km²")]
    public void Text_OfAnArea_IsInSquareMetresOrKilometres(double squareMetres, string english, string vietnamese)
    {
        var text = UnitArea.Text(squareMetres);

        Assert.Equal((english, vietnamese), (text.English, text.Vietnamese));
    }

    /// <summary>The 38 current communes' boundaries as shipped (shared/data, read in place).</summary>
    internal static List<(string Code, Geometry Shape)> ShippedBoundaries()
    {
        using var file = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Shared, "data", "laichau-communes.geojson")));
        return [.. file.RootElement.GetProperty("features").EnumerateArray().Select(f =>
            (f.GetProperty("properties").GetProperty("code").GetString()!, UnitGeometry.Parse(f.GetProperty("geometry").GetRawText())))];
    }

    private static Geometry? Read(string json, out BilingualText? error)
    {
        using var document = JsonDocument.Parse(json);
        return UnitGeometry.TryRead(document.RootElement, out error);
    }
}
