using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using Npgsql;

namespace LaiChau.Host.Data;

/// <summary>Every message names the setting to fix.</summary>
public sealed class DatabaseOptionsValidator : IValidateOptions<DatabaseOptions>
{
    public ValidateOptionsResult Validate(string? name, DatabaseOptions options)
    {
        if (!string.Equals(options.Provider, DatabaseOptions.Sqlite, StringComparison.OrdinalIgnoreCase) && !options.UsesPostgres)
        {
            return ValidateOptionsResult.Fail(
                $"Database:Provider must be '{DatabaseOptions.Sqlite}' or '{DatabaseOptions.Postgres}', not '{options.Provider}'.");
        }

        if (options.UsesPostgres)
        {
            if (string.IsNullOrWhiteSpace(options.PostgresConnectionString))
            {
                return ValidateOptionsResult.Fail(
                    "ConnectionStrings:Postgres is required when Database:Provider is Postgres " +
                    "(for example Host=127.0.0.1;Port=5432;Database=laichau;Username=laichau;Password=...).");
            }

            return Parses(() => new NpgsqlConnectionStringBuilder(options.PostgresConnectionString), "ConnectionStrings:Postgres", "PostgreSQL");
        }

        return Parses(() => new SqliteConnectionStringBuilder(options.SqliteConnectionString), "ConnectionStrings:Sqlite", "SQLite");
    }

    private static ValidateOptionsResult Parses(Action parse, string setting, string kind)
    {
        try
        {
            parse();
            return ValidateOptionsResult.Success;
        }
        catch (Exception ex) when (ex is ArgumentException or FormatException)
        {
            return ValidateOptionsResult.Fail($"{setting} is not a valid {kind} connection string: {ex.Message}");
        }
    }
}
