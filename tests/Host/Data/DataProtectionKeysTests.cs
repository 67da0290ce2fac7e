using LaiChau.Host.Data;
using LaiChau.Host.Tests.Infrastructure;
using LaiChau.Testing;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LaiChau.Host.Tests.Data;

/// <summary>Data-protection keys live in the app's database, so a restarted or second host reads what the first wrote.</summary>
public abstract class DataProtectionKeysTests : ProviderTestBase
{
    [Fact]
    public async Task Protect_OnOneHost_UnprotectsOnAnotherHostOfTheSameDatabase()
    {
        using var data = new TempDirectory();
        var first = NewHost(dataDirectory: data.Path);
        var secret = Protector(first).Protect("phiếu theo dõi PA-2026-000123");
        await first.DisposeAsync();

        var second = NewHost(dataDirectory: data.Path);

        Assert.Equal("phiếu theo dõi PA-2026-000123", Protector(second).Unprotect(secret));
        await using var scope = second.Services.CreateAsyncScope();
        Assert.Equal(1, await scope.ServiceProvider.GetRequiredService<AppDbContext>().DataProtectionKeys.CountAsync());
    }

    private static IDataProtector Protector(HostFactory host) =>
        host.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("tests");
}

public sealed class SqliteDataProtectionKeysTests : DataProtectionKeysTests;

[Collection(PostgresCollection.Name)]
public sealed class PostgresDataProtectionKeysTests : DataProtectionKeysTests
{
    public PostgresDataProtectionKeysTests(PostgresDatabase database) => Postgres = database;
}
