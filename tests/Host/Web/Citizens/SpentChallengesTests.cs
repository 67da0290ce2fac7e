using LaiChau.Host.Data;
using LaiChau.Host.Tests.Infrastructure;
using LaiChau.Host.Web.Citizens;
using LaiChau.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LaiChau.Host.Tests.Web.Citizens;

/// <summary>
/// A submit challenge is good once on every host of the database: spending is an insert that the primary key refuses a
/// second time (issue 8, the citizens' form). No proof-of-work bits here, so any nonce answers.
/// </summary>
public abstract class SpentChallengesTests : ProviderTestBase
{
    [Fact]
    public async Task Challenge_ReplayedOnTheSameHostOrASecondHost_IsRefused()
    {
        using var data = new TempDirectory("laichau-challenges");
        var first = Host(data);
        var challenges = Challenges(first);
        var token = challenges.Issue().Token;

        Assert.Equal(ChallengeCheck.Passed, await challenges.CheckAsync(token, "1", null, default));
        Assert.Equal(ChallengeCheck.Used, await challenges.CheckAsync(token, "2", null, default));
        if (Postgres is null)
        {
            await first.DisposeAsync(); // SQLite is one host's embedded file: the second host comes after the first
        }

        var second = Host(data);
        Assert.Equal(ChallengeCheck.Used, await Challenges(second).CheckAsync(token, "3", null, default));
        var fresh = Challenges(second).Issue().Token;
        Assert.Equal(ChallengeCheck.Passed, await Challenges(second).CheckAsync(fresh, "1", null, default));
    }

    [Fact]
    public async Task Challenge_SpentAtOnceFromEightContexts_PassesExactlyOnce()
    {
        var challenges = Challenges(NewHost().With("Web:Citizens:ProofOfWorkBits", "0"));
        var token = challenges.Issue().Token;

        var checks = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => Task.Run(() => challenges.CheckAsync(token, $"{i}", null, default))));

        Assert.Equal(1, checks.Count(c => c == ChallengeCheck.Passed));
        Assert.Equal(7, checks.Count(c => c == ChallengeCheck.Used));
    }

    [Fact]
    public async Task SpentIds_OnceTheirChallengeHasExpired_AreDeletedByTheNextSpend()
    {
        var host = NewHost().With("Web:Citizens:ProofOfWorkBits", "0");
        var challenges = Challenges(host);
        var old = challenges.Issue().Token;
        Assert.Equal(ChallengeCheck.Passed, await challenges.CheckAsync(old, "1", null, default));
        Assert.Equal(1, await CountAsync(host));

        host.Clock.Advance(TimeSpan.FromHours(1)); // the default lifetime
        Assert.Equal(ChallengeCheck.Expired, await challenges.CheckAsync(old, "1", null, default));
        var fresh = challenges.Issue().Token;
        Assert.Equal(ChallengeCheck.Passed, await challenges.CheckAsync(fresh, "1", null, default));

        Assert.Equal(1, await CountAsync(host));
    }

    private HostFactory Host(TempDirectory data) => NewHost(dataDirectory: data.Path).With("Web:Citizens:ProofOfWorkBits", "0");

    private static SubmitChallenges Challenges(HostFactory host) => host.Services.GetRequiredService<SubmitChallenges>();

    private static async Task<int> CountAsync(HostFactory host)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().SpentChallenges.CountAsync();
    }
}

public sealed class SqliteSpentChallengesTests : SpentChallengesTests;

[Collection(PostgresCollection.Name)]
public sealed class PostgresSpentChallengesTests : SpentChallengesTests
{
    public PostgresSpentChallengesTests(PostgresDatabase database) => Postgres = database;
}
