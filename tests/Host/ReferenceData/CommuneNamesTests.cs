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
    [Fact]
    public async Task ReusedCode_ThePointInDoanKet_IsLocatedIn03388_AndNamedDoanKetOnTheDayOfTheReport()
    {
        var host = NewHost();
        using var client = host.CreateClient(HostFactory.AdminKey);
        var located = await client.GetFromJsonAsync<JsonElement>("/api/v1/admin-units/locate?lon=103.40046&lat=22.43607");
        await using var scope = host.Services.CreateAsyncScope();

        var names = await CommuneNames.LoadAsync(scope.ServiceProvider.GetRequiredService<AppDbContext>(), ["03388"], default);

        Assert.Equal(("03388", "Phường Đoàn Kết"), (located.GetProperty("code").GetString(), located.GetProperty("name").GetString()));
        Assert.Equal("Phường Đoàn Kết", names.On("03388", host.Clock.GetUtcNow()));
        Assert.Equal("Phường Đoàn Kết", names.On("03388", new DateOnly(2025, 7, 1)));
        Assert.Equal("Phường Quyết Tiến", names.On("03388", new DateOnly(2025, 6, 30)));
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
