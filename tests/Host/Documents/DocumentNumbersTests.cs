using LaiChau.Host.Documents;
using LaiChau.Host.Tests.Infrastructure;
using LaiChau.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace LaiChau.Host.Tests.Documents;

/// <summary>Issue 7: each agency's documents are numbered per year, and two documents never share a number.</summary>
public abstract class DocumentNumbersTests : ProviderTestBase
{
    [Fact]
    public async Task Next_CountsPerAgencyAndRestartsEachYear()
    {
        var host = NewHost();

        int[] numbers =
        [
            await NextAsync(host, "UBND-TINH", 2026),
            await NextAsync(host, "UBND-TINH", 2026),
            await NextAsync(host, "UBND-XA-SON-BINH", 2026),
            await NextAsync(host, "UBND-TINH", 2026),
            await NextAsync(host, "UBND-TINH", 2027),
        ];

        Assert.Equal([1, 2, 1, 3, 1], numbers);
    }

    [Fact]
    public async Task Next_ManyCallersAtOnce_EachGetsADifferentNumber()
    {
        var host = NewHost();
        await NextAsync(host, "warm-up", 2026); // starts the host before the race

        var numbers = await Task.WhenAll(Enumerable.Range(0, 40).Select(_ => Task.Run(() => NextAsync(host, "UBND-TINH", 2026))));

        Assert.Equal(Enumerable.Range(1, 40), numbers.Order());
    }

    [Theory]
    [InlineData(5, "Số: 05/UBND-VP")]
    [InlineData(12, "Số: 12/UBND-VP")]
    [InlineData(130, "Số: 130/UBND-VP")]
    public void Format_PadsNumbersBelowTen(int number, string expected) =>
        Assert.Equal(expected, DocumentNumbers.Format(number, "UBND-VP"));

    private static async Task<int> NextAsync(HostFactory host, string agency, int year)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<DocumentNumbers>().NextAsync(agency, year, CancellationToken.None);
    }
}

public sealed class SqliteDocumentNumbersTests : DocumentNumbersTests;

[Collection(PostgresCollection.Name)]
public sealed class PostgresDocumentNumbersTests : DocumentNumbersTests
{
    public PostgresDocumentNumbersTests(PostgresDatabase database) => Postgres = database;
}
