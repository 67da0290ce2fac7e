using System.Data.Common;
using LaiChau.Host.Configuration;
using LaiChau.Host.Security.ApiKeys;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Npgsql;

namespace LaiChau.Host.Data;

/// <summary>
/// Before the app takes requests: creates the data directory, applies the provider's migrations and makes sure an
/// administrator API key exists. A database that cannot be reached stops the app with a message naming the setting.
/// </summary>
public sealed partial class DatabaseStartup(
    IServiceScopeFactory scopes,
    IOptions<DatabaseOptions> database,
    IOptions<StorageOptions> storage,
    StartupState state,
    ILogger<DatabaseStartup> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            Directory.CreateDirectory(storage.Value.DataDirectory);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new StartupException(
                $"cannot create the data directory set by Storage:DataDirectory ({storage.Value.DataDirectory}): {ex.Message}", ex);
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        try
        {
            await ProbeAsync(cancellationToken);
            await db.Database.MigrateAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is DbException or InvalidOperationException or TimeoutException)
        {
            throw new StartupException(DescribeFailure(ex), ex);
        }

        LogMigrated(logger, database.Value.UsesPostgres ? DatabaseOptions.Postgres : DatabaseOptions.Sqlite);
        await scope.ServiceProvider.GetRequiredService<ApiKeyBootstrap>().EnsureAdministratorKeyAsync(cancellationToken);
        state.MarkCompleted();
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Opens a plain connection first, so that a wrong setting fails here with one message.</summary>
    private async Task ProbeAsync(CancellationToken cancellationToken)
    {
        var options = database.Value;
        if (!options.UsesPostgres)
        {
            await using var sqlite = new SqliteConnection(options.SqliteConnectionString);
            await sqlite.OpenAsync(cancellationToken);
            return;
        }

        try
        {
            await using var postgres = new NpgsqlConnection(options.PostgresConnectionString);
            await postgres.OpenAsync(cancellationToken);
        }
        catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.InvalidCatalogName)
        {
            // The database does not exist yet: the migration creates it.
        }
    }

    private string DescribeFailure(Exception ex)
    {
        var options = database.Value;
        if (options.UsesPostgres)
        {
            var cs = new NpgsqlConnectionStringBuilder(options.PostgresConnectionString);
            return $"cannot use the PostgreSQL database set by ConnectionStrings:Postgres " +
                $"(host {cs.Host}, port {cs.Port}, database {cs.Database}, user {cs.Username}): {Innermost(ex)}";
        }

        var file = new SqliteConnectionStringBuilder(options.SqliteConnectionString).DataSource;
        return $"cannot use the SQLite database set by ConnectionStrings:Sqlite (file {file}): {Innermost(ex)}";
    }

    private static string Innermost(Exception ex)
    {
        while (ex.InnerException is not null)
        {
            ex = ex.InnerException;
        }

        return ex.Message.ReplaceLineEndings(" ");
    }

    [LoggerMessage(EventId = 1001, Level = LogLevel.Information, Message = "Database ready ({Provider}), migrations applied")]
    private static partial void LogMigrated(ILogger logger, string provider);
}
