using LaiChau.Testing;
using LaiChau.Workflows.Engine;
using LaiChau.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace LaiChau.Workflows.Tests.FieldReport;

/// <summary>The engine's tables alone, as the host's DbContext includes them (WorkflowsModel plus versioning).</summary>
public sealed class EngineOnlyContext(DbContextOptions<EngineOnlyContext> options) : DbContext(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.AddVersionConvention();
        // As the host's provider contexts: SQLite stores UTC ticks (instants compare in SQL), timestamptz takes UTC.
        if (Database.ProviderName == "Microsoft.EntityFrameworkCore.Sqlite")
        {
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcTicks>();
        }
        else
        {
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<ToUtc>();
        }
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder) => modelBuilder.ApplyWorkflowsModel();

    private sealed class UtcTicks() : ValueConverter<DateTimeOffset, long>(v => v.UtcTicks, t => new DateTimeOffset(t, TimeSpan.Zero));

    private sealed class ToUtc() : ValueConverter<DateTimeOffset, DateTimeOffset>(v => v.ToUniversalTime(), v => v);
}

/// <summary>One fresh context per engine command, as the host's scope-per-command database does.</summary>
internal sealed class EngineOnlyDatabase(DbContextOptions<EngineOnlyContext> options) : IWorkflowDatabase
{
    public WorkflowSession Open() => new(new EngineOnlyContext(options));

    public async Task EnsureCreatedAsync()
    {
        await using var db = new EngineOnlyContext(options);
        await db.Database.EnsureCreatedAsync();
    }
}

/// <summary>Where a scenario's database lives: SQLite by default, PostgreSQL in the derived classes (LAICHAU_TEST_POSTGRES).</summary>
public interface IFieldReportStore : IAsyncLifetime
{
    DbContextOptions<EngineOnlyContext> Options { get; }
}

public sealed class SqliteStore : IFieldReportStore
{
    private readonly SqliteDatabase _database = new();

    public DbContextOptions<EngineOnlyContext> Options =>
        new DbContextOptionsBuilder<EngineOnlyContext>().UseSqlite(_database.ConnectionString).AddVersionInterceptor().Options;

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync()
    {
        _database.Dispose();
        return Task.CompletedTask;
    }
}

public sealed class PostgresStore : IFieldReportStore
{
    private readonly PostgresDatabase _database = new();

    public DbContextOptions<EngineOnlyContext> Options =>
        new DbContextOptionsBuilder<EngineOnlyContext>().UseNpgsql(_database.ConnectionString).AddVersionInterceptor().Options;

    public Task InitializeAsync() => _database.InitializeAsync();

    public Task DisposeAsync() => _database.DisposeAsync();
}
