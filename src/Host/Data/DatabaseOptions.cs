namespace LaiChau.Host.Data;

/// <summary>Settings <c>Database:Provider</c> and <c>ConnectionStrings:Sqlite|Postgres</c>.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";
    public const string Sqlite = "Sqlite";
    public const string Postgres = "Postgres";

    public string Provider { get; set; } = Sqlite;

    public string? SqliteConnectionString { get; set; }

    public string? PostgresConnectionString { get; set; }

    public bool UsesPostgres => string.Equals(Provider, Postgres, StringComparison.OrdinalIgnoreCase);

    /// <summary>The embedded default is a SQLite file in the data directory.</summary>
    public void ApplyConnectionStrings(IConfiguration configuration, string dataDirectory)
    {
        SqliteConnectionString = configuration.GetConnectionString(Sqlite)
            ?? $"Data Source={Path.Combine(dataDirectory, "laichau.db")}";
        PostgresConnectionString = configuration.GetConnectionString(Postgres);
    }
}
