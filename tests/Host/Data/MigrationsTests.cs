using LaiChau.Host.Data;
using LaiChau.Host.Security.ApiKeys;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace LaiChau.Host.Tests.Data;

/// <summary>Each provider has its own migrations; both must describe the current model, step for step.</summary>
public sealed class MigrationsTests
{
    [Fact]
    public void SqliteMigrations_MatchTheModel()
    {
        using var db = new SqliteDesignTimeFactory().CreateDbContext([]);

        Assert.False(db.Database.HasPendingModelChanges(), "run: dotnet ef migrations add <Name> --context SqliteAppDbContext --output-dir Data/Migrations/Sqlite");
    }

    [Fact]
    public void PostgresMigrations_MatchTheModel()
    {
        using var db = new PostgresDesignTimeFactory().CreateDbContext([]);

        Assert.False(db.Database.HasPendingModelChanges(), "run: dotnet ef migrations add <Name> --context PostgresAppDbContext --output-dir Data/Migrations/Postgres");
    }

    [Fact]
    public void BothProviders_HaveTheSameMigrationSteps()
    {
        using var sqlite = new SqliteDesignTimeFactory().CreateDbContext([]);
        using var postgres = new PostgresDesignTimeFactory().CreateDbContext([]);

        Assert.Equal(StepNames(sqlite), StepNames(postgres));
    }

    [Fact]
    public void VersionedTables_UseTheConcurrencyToken()
    {
        using var db = new PostgresDesignTimeFactory().CreateDbContext([]);

        Assert.True(db.Model.FindEntityType(typeof(ApiKey))!.FindProperty(nameof(ApiKey.Version))!.IsConcurrencyToken);
    }

    /// <summary>Migration ids without their timestamps (the two sets are generated a few seconds apart).</summary>
    private static List<string> StepNames(DbContext db) =>
        [.. db.GetService<IMigrationsAssembly>().Migrations.Keys.Select(id => id[(id.IndexOf('_') + 1)..])];
}
