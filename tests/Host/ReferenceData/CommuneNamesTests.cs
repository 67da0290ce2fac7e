using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LaiChau.Host.Data;
using LaiChau.Host.ReferenceData;
using LaiChau.Host.Tests.Infrastructure;
using LaiChau.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace LaiChau.Host.Tests.ReferenceData;

/// <summary>
/// Codes were reused on 1 July 2025: 03388 was Phường Quyết Tiến and is Phường Đoàn Kết. A point in today's Đoàn Kết is
/// routed to 03388, and the pages must name 03388 as the unit of the report's day — a report at the Web tests' point
/// was once shown as "Phường Quyết Tiến" because the name was looked up by the bare code.
/// </summary>
public abstract class CommuneNamesTests : ProviderTestBase
{
    private const double DoanKetLon = 103.40046, DoanKetLat = 22.43607;
    private static readonly string Locate = string.Create(CultureInfo.InvariantCulture, $"/api/v1/admin-units/locate?lon={DoanKetLon}&lat={DoanKetLat}");

    [Fact]
    public async Task ReusedCode_ThePointInDoanKet_IsLocatedIn03388_AndNamedDoanKetOnTheDayOfTheReport()
    {
        var host = NewHost();
        using var client = host.CreateClient(HostFactory.AdminKey);
        var located = await client.GetFromJsonAsync<JsonElement>(Locate);
        await using var scope = host.Services.CreateAsyncScope();

        var names = await CommuneNames.LoadAsync(scope.ServiceProvider.GetRequiredService<AppDbContext>(), ["03388"], default);

        Assert.Equal(("03388", "Phường Đoàn Kết"), (located.GetProperty("code").GetString(), located.GetProperty("name").GetString()));
        Assert.Equal("Phường Đoàn Kết", names.On("03388", host.Clock.GetUtcNow()));
        Assert.Equal("Phường Đoàn Kết", names.On("03388", new DateOnly(2025, 7, 1)));
        Assert.Equal("Phường Quyết Tiến", names.On("03388", new DateOnly(2025, 6, 30)));
    }

    /// <summary>
    /// The locating half of the story: the point is 4.3 km inside today's Đoàn Kết and in no other current commune, so
    /// routing never chose a neighbour; and even when the pre-reform unit of 03388 has a boundary there (imported old
    /// maps), the day chooses between the two units, so a report of today is never located in Quyết Tiến.
    /// </summary>
    [Fact]
    public async Task ReusedCode_WhenThePreReformUnitHasABoundaryAtThePointToo_TheDayChoosesTheUnit()
    {
        var host = NewHost();
        using var client = host.CreateClient(HostFactory.AdminKey);
        var oldMap = AdminUnitBoundaryTests.Square("03388", DoanKetLon, DoanKetLat, side: 0.01, validFrom: null, validTo: "2025-06-30",
            name: "Phường Quyết Tiến", parent: "105");

        var imported = await AdminUnitTests.Import(client, AdminUnitBoundaryTests.Collection(oldMap));
        var today = await client.GetFromJsonAsync<JsonElement>($"{Locate}&at=2026-03-02");
        var beforeTheReform = await client.GetFromJsonAsync<JsonElement>($"{Locate}&at=2025-06-30");

        Assert.Equal(HttpStatusCode.OK, imported.StatusCode); // no overlap: never valid on the same day as Đoàn Kết
        Assert.Equal(("03388", "Phường Đoàn Kết"), (today.GetProperty("code").GetString(), today.GetProperty("name").GetString()));
        Assert.Equal(("03388", "Phường Quyết Tiến"), (beforeTheReform.GetProperty("code").GetString(), beforeTheReform.GetProperty("name").GetString()));
    }

    [Fact]
    public void ThePointInDoanKet_IsInsideOneCurrentCommuneOnly_FarFromItsBorder()
    {
        var point = new NetTopologySuite.Geometries.Point(DoanKetLon, DoanKetLat);

        var covering = UnitGeometryTests.ShippedBoundaries().Where(c => c.Shape.Covers(point)).ToList();

        var (code, shape) = Assert.Single(covering);
        Assert.Equal("03388", code);
        Assert.True(shape.Boundary.Distance(point) > 0.03); // degrees: about 4.3 km, no border case
    }

    [Fact]
    public async Task UnknownCode_IsShownAsItIs_AndAnOpenStartReachesBackBeforeTheRecords()
    {
        var host = NewHost();
        await using var scope = host.Services.CreateAsyncScope();

        var names = await CommuneNames.LoadAsync(scope.ServiceProvider.GetRequiredService<AppDbContext>(), codes: null, default);

        Assert.Equal("99999", names.On("99999", new DateOnly(2026, 3, 2)));
        Assert.Equal("Phường Quyết Tiến", names.On("03388", new DateOnly(1990, 1, 1))); // no start: it existed before the records
    }
}

public sealed class SqliteCommuneNamesTests : CommuneNamesTests;

[Collection(PostgresCollection.Name)]
public sealed class PostgresCommuneNamesTests : CommuneNamesTests
{
    public PostgresCommuneNamesTests(PostgresDatabase database) => Postgres = database;
}
