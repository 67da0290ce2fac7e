using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using LaiChau.Host.ReferenceData;
using LaiChau.Host.Tests.Infrastructure;
using LaiChau.Testing;

namespace LaiChau.Host.Tests.ReferenceData;

/// <summary>Issue 6 point 1: Lai Châu's administrative units — shipped, exported, imported, and used to locate a point (R6).</summary>
public abstract class AdminUnitTests : ProviderTestBase
{
    private const string Units = "/api/v1/admin-units";

    [Fact]
    public async Task FirstStart_ShipsTheProvince_38CurrentCommunes_AndThePreReformUnitsAsHistory()
    {
        using var client = NewHost().CreateClient(HostFactory.AdminKey);

        var current = await client.GetFromJsonAsync<JsonElement>($"{Units}?at=2026-03-02&level=commune");
        var before = await client.GetFromJsonAsync<JsonElement>($"{Units}?at=2025-06-30");
        var all = await client.GetFromJsonAsync<JsonElement>($"{Units}?at=all");

        Assert.Equal(38, current.GetArrayLength());
        Assert.All(current.EnumerateArray(), u => Assert.True(u.GetProperty("hasGeometry").GetBoolean() && u.GetProperty("geometryApproximate").GetBoolean()));
        Assert.Equal(1 + 8 + 106, before.GetArrayLength());
        Assert.Equal(153, all.GetArrayLength());
    }

    [Fact]
    public async Task ReusedCode_NamesTheOldUnitBeforeTheReform_AndTheNewOneAfter()
    {
        using var client = NewHost().CreateClient(HostFactory.AdminKey);

        var before = await client.GetFromJsonAsync<JsonElement>($"{Units}?at=2025-06-30&level=commune");
        var after = await client.GetFromJsonAsync<JsonElement>($"{Units}?at=2025-07-01&level=commune");

        Assert.Equal("105", before.EnumerateArray().Single(u => u.GetProperty("code").GetString() == "03408").GetProperty("parentCode").GetString());
        Assert.Equal("12", after.EnumerateArray().Single(u => u.GetProperty("code").GetString() == "03408").GetProperty("parentCode").GetString());
    }

    [Fact]
    public async Task Locate_EveryCurrentCommunesCentroid_IsInThatCommune_AndAPointInHanoiIsInNone()
    {
        using var client = NewHost().CreateClient(HostFactory.AdminKey);
        var shipped = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Shared, "data", "laichau-admin-units.json"))).RootElement;
        var centroids = shipped.EnumerateArray()
            .Where(u => u.GetProperty("level").GetString() == "commune" && u.GetProperty("validFrom").ValueKind == JsonValueKind.String)
            .Select(u => (Code: u.GetProperty("code").GetString(), Lat: u.GetProperty("centroid").GetProperty("lat").GetDouble(), Lon: u.GetProperty("centroid").GetProperty("lon").GetDouble()))
            .ToList();

        Assert.Equal(38, centroids.Count);
        foreach (var (code, lat, lon) in centroids)
        {
            var found = await client.GetFromJsonAsync<JsonElement>($"{Units}/locate?lon={lon}&lat={lat}&at=2026-03-02");
            Assert.Equal(code, found.GetProperty("code").GetString());
        }

        await ProblemAssert.IsProblemAsync(await client.GetAsync($"{Units}/locate?lon=105.8542&lat=21.0285"), HttpStatusCode.NotFound);
        await ProblemAssert.IsProblemAsync(await client.GetAsync($"{Units}/locate?lon=200&lat=21"), HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task ExportThenImport_ChangesNothing_AndAnEditedNameIsKept()
    {
        using var client = NewHost().CreateClient(HostFactory.AdminKey);
        var exported = await client.GetStringAsync($"{Units}/geojson?at=all");

        var again = await Import(client, exported);
        var edited = await Import(client, """
            {"type":"FeatureCollection","features":[{"type":"Feature","properties":{"code":"03388","name":"Phường Đoàn Kết (sửa)","level":"commune","parentCode":"12","validFrom":"2025-07-01","validTo":null},"geometry":null}]}
            """);

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        var counts = await again.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal((0, 153), (counts.GetProperty("created").GetInt32(), counts.GetProperty("updated").GetInt32()));
        Assert.Equal(HttpStatusCode.OK, edited.StatusCode);
        var unit = (await client.GetFromJsonAsync<JsonElement>($"{Units}?level=commune&at=2026-01-01")).EnumerateArray().Single(u => u.GetProperty("code").GetString() == "03388");
        Assert.Equal("Phường Đoàn Kết (sửa)", unit.GetProperty("name").GetString());
    }

    [Theory]
    [InlineData("""{"type":"Feature"}""", "$")]
    [InlineData("""{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"code":"x1","name":"A","level":"commune","parentCode":"12"}}]}""", "features[0].properties.code")]
    [InlineData("""{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"code":"99999","name":"A","level":"hamlet","parentCode":"12"}}]}""", "features[0].properties.level")]
    [InlineData("""{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"code":"99999","name":"A","level":"commune","parentCode":"12","validFrom":"2026-01-02","validTo":"2026-01-01"}}]}""", "features[0].properties.validTo")]
    [InlineData("""{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"code":"99999","name":"A","level":"commune","parentCode":"12"},"geometry":{"type":"Point","coordinates":[103,22]}}]}""", "features[0].geometry")]
    [InlineData("""{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"code":"99999","name":"A","level":"commune","parentCode":"777"}}]}""", "code 99999")]
    [InlineData("""{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"code":"03388","name":"A","level":"commune","parentCode":"12","validFrom":"2025-08-01"}}]}""", "code 03388")]
    public async Task Import_Invalid_NamesTheField_AndSavesNothing(string json, string field)
    {
        using var client = NewHost().CreateClient(HostFactory.AdminKey);

        var response = await Import(client, json);

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
        Assert.Equal(153, (await client.GetFromJsonAsync<JsonElement>($"{Units}?at=all")).GetArrayLength());
    }

    internal static Task<HttpResponseMessage> Import(HttpClient client, string json) =>
        client.PostAsync(Units, new StringContent(json, Encoding.UTF8, "application/geo+json"));
}

public sealed class SqliteAdminUnitTests : AdminUnitTests;

[Collection(PostgresCollection.Name)]
public sealed class PostgresAdminUnitTests : AdminUnitTests
{
    public PostgresAdminUnitTests(PostgresDatabase database) => Postgres = database;
}
