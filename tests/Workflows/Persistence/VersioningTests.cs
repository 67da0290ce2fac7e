using LaiChau.Testing;
using LaiChau.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace LaiChau.Workflows.Tests.Persistence;

/// <summary>The optimistic-concurrency convention, on both providers the app supports.</summary>
public abstract class VersioningTests
{
    protected abstract DbContextOptions<CounterContext> Options { get; }

    [Fact]
    public async Task Save_NewRow_StartsAtVersionOne()
    {
        await using var db = await CreateAsync();
        var counter = new Counter { Name = "a" };
        db.Counters.Add(counter);
        await db.SaveChangesAsync();

        Assert.Equal(1, counter.Version);
    }

    [Fact]
    public async Task Save_ModifiedRow_WritesNextVersion()
    {
        var id = await SeedAsync();
        await using var db = new CounterContext(Options);
        var counter = await db.Counters.SingleAsync(c => c.Id == id);
        counter.Value = 5;
        await db.SaveChangesAsync();

        await using var check = new CounterContext(Options);
        Assert.Equal(2, (await check.Counters.SingleAsync(c => c.Id == id)).Version);
    }

    [Fact]
    public async Task Save_TwoWritersOfTheSameVersion_SecondFailsAndFirstWins()
    {
        var id = await SeedAsync();
        await using var first = new CounterContext(Options);
        await using var second = new CounterContext(Options);
        var mine = await first.Counters.SingleAsync(c => c.Id == id);
        var theirs = await second.Counters.SingleAsync(c => c.Id == id);

        mine.Value = 1;
        await first.SaveChangesAsync();
        theirs.Value = 2;

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync());
        await using var check = new CounterContext(Options);
        Assert.Equal(1, (await check.Counters.SingleAsync(c => c.Id == id)).Value);
    }

    [Fact]
    public void Model_VersionedEntity_HasConcurrencyToken()
    {
        using var db = new CounterContext(Options);
        var property = db.Model.FindEntityType(typeof(Counter))!.FindProperty(nameof(Counter.Version))!;

        Assert.True(property.IsConcurrencyToken);
        Assert.False(db.Model.FindEntityType(typeof(Note))!.FindProperty(nameof(Note.Version))!.IsConcurrencyToken);
    }

    private async Task<CounterContext> CreateAsync()
    {
        var db = new CounterContext(Options);
        await db.Database.EnsureCreatedAsync();
        return db;
    }

    private async Task<int> SeedAsync()
    {
        await using var db = await CreateAsync();
        var counter = new Counter { Name = "seed" };
        db.Counters.Add(counter);
        await db.SaveChangesAsync();
        return counter.Id;
    }
}

public sealed class SqliteVersioningTests : VersioningTests, IDisposable
{
    private readonly SqliteDatabase _database = new();

    protected override DbContextOptions<CounterContext> Options =>
        new DbContextOptionsBuilder<CounterContext>().UseSqlite(_database.ConnectionString).AddVersionInterceptor().Options;

    public void Dispose() => _database.Dispose();
}

public sealed class PostgresVersioningTests : VersioningTests, IAsyncLifetime
{
    private readonly PostgresDatabase _database = new();

    protected override DbContextOptions<CounterContext> Options =>
        new DbContextOptionsBuilder<CounterContext>().UseNpgsql(_database.ConnectionString).AddVersionInterceptor().Options;

    public Task InitializeAsync() => _database.InitializeAsync();

    public Task DisposeAsync() => _database.DisposeAsync();
}

public sealed class Counter : IVersioned
{
    public int Id { get; set; }

    public required string Name { get; set; }

    public int Value { get; set; }

    public long Version { get; set; }
}

/// <summary>Has a Version property but does not opt in: the convention must leave it alone.</summary>
public sealed class Note
{
    public int Id { get; set; }

    public long Version { get; set; }
}

public sealed class CounterContext(DbContextOptions<CounterContext> options) : DbContext(options)
{
    public DbSet<Counter> Counters => Set<Counter>();

    public DbSet<Note> Notes => Set<Note>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.AddVersionConvention();
}
