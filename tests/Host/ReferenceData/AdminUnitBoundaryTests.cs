using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LaiChau.Host.Tests.Infrastructure;
using LaiChau.Testing;

namespace LaiChau.Host.Tests.ReferenceData;

/// <summary>
/// Boundaries on import (overlaps between units valid on the same day, refused above 1 ha) and when locating a point
/// that several units cover (the border rule of docs/reference-data.md).
/// </summary>
public abstract class AdminUnitBoundaryTests : ProviderTestBase
{
    private const string Units = "/api/v1/admin-units";
    private const double DoanKetLon = 103.40046, DoanKetLat = 22.43607;

    [Fact]
    public async Task Import_AnOverlapAboveTheTolerance_IsRefused_NamingBothUnitsAndTheArea()
    {
        using var client = NewHost().CreateClient(HostFactory.AdminKey);

        var response = await AdminUnitTests.Import(client, Collection(Square("99001", DoanKetLon, DoanKetLat, side: 0.01)));

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
        var message = problem.GetProperty("errors").GetProperty("code 99001")[0].GetString();
        Assert.Equal("Overlaps 03388 (Phường Đoàn Kết), valid on the same days, by 1.14 km² (at most 10,000 m² is tolerated): correct one of the two boundaries.", message);
        Assert.Equal(153, (await client.GetFromJsonAsync<JsonElement>($"{Units}?at=all")).GetArrayLength());
    }

    [Fact]
    public async Task Import_AnOverlapWithinTheTolerance_IsAcceptedWithAWarning_AndTheOfficialBoundaryIsLocatedFirst()
    {
        using var client = NewHost().CreateClient(HostFactory.AdminKey);

        var response = await AdminUnitTests.Import(client, Collection(Square("99001", DoanKetLon, DoanKetLat, side: 0.0005)));
        var located = await client.GetFromJsonAsync<JsonElement>(Locate(DoanKetLon, DoanKetLat));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var overlap = Assert.Single((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("overlaps").EnumerateArray());
        Assert.Equal(("99001", "03388"), (overlap.GetProperty("code").GetString(), overlap.GetProperty("otherCode").GetString()));
        Assert.InRange(overlap.GetProperty("areaSquareMetres").GetDouble(), 2_800, 2_900); // 51 m by 55 m
        // Both cover the point: the official boundary wins over the approximate one of 03388.
        Assert.Equal("99001", located.GetProperty("code").GetString());
    }

    [Theory]
    [InlineData(103.457783, 22.403057, "03388")] // a vertex of 03388 and 03408
    [InlineData(103.445297, 22.33589, "03408")] // a vertex of 03408 and 03517
    public async Task Locate_OnABorderOfTwoCommunes_GoesToTheLowerCode(double lon, double lat, string expected)
    {
        using var client = NewHost().CreateClient(HostFactory.AdminKey);

        var located = await client.GetFromJsonAsync<JsonElement>(Locate(lon, lat));

        Assert.Equal(expected, located.GetProperty("code").GetString());
    }

    private static string Locate(double lon, double lat) =>
        string.Create(CultureInfo.InvariantCulture, $"{Units}/locate?lon={lon}&lat={lat}&at=2026-03-02");

    internal static string Collection(params string[] features) => $$"""{"type":"FeatureCollection","features":[{{string.Join(',', features)}}]}""";

    /// <summary>A commune with an official (not approximate) square boundary centred on the point.</summary>
    internal static string Square(
        string code, double lon, double lat, double side, string? validFrom = "2026-01-01", string? validTo = null, string name = "Xã Thử", string parent = "12")
    {
        var (w, e, s, n) = (lon - (side / 2), lon + (side / 2), lat - (side / 2), lat + (side / 2));
        return string.Create(CultureInfo.InvariantCulture, $$$"""
            {"type":"Feature","properties":{"code":"{{{code}}}","name":"{{{name}}}","level":"commune","parentCode":"{{{parent}}}","validFrom":{{{Json(validFrom)}}},"validTo":{{{Json(validTo)}}}},
             "geometry":{"type":"Polygon","coordinates":[[[{{{w}}},{{{s}}}],[{{{e}}},{{{s}}}],[{{{e}}},{{{n}}}],[{{{w}}},{{{n}}}],[{{{w}}},{{{s}}}]]]}}
            """);
    }

    private static string Json(string? value) => value is null ? "null" : $"\"{value}\"";
}

public sealed class SqliteAdminUnitBoundaryTests : AdminUnitBoundaryTests;

[Collection(PostgresCollection.Name)]
public sealed class PostgresAdminUnitBoundaryTests : AdminUnitBoundaryTests
{
    public PostgresAdminUnitBoundaryTests(PostgresDatabase database) => Postgres = database;
}
