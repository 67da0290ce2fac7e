using Npgsql;
using Respawn;
using Xunit;

namespace LaiChau.Testing;

/// <summary>
/// A database of its own on the test server (so test projects running side by side never meet), dropped at the
/// end. <see cref="ResetAsync"/> empties every table but the migrations history between tests (Respawn).
/// </summary>
public sealed class PostgresDatabase : IAsyncLifetime
{
    public string Name { get; } = "lc_test_" + Guid.NewGuid().ToString("N")[..12];

    public string ConnectionString { get; private set; } = "";

    public async Task InitializeAsync()
    {
        await using (var admin = await PostgresServer.OpenAdminConnectionAsync())
        await using (var create = new NpgsqlCommand($"CREATE DATABASE \"{Name}\"", admin))
        {
            await create.ExecuteNonQueryAsync();
        }

        ConnectionString = new NpgsqlConnectionStringBuilder(PostgresServer.AdminConnectionString) { Database = Name }.ConnectionString;
    }

    /// <summary>
    /// Deletes the rows of every table; the schema (and so the applied migrations) stays. The table list is read
    /// each time, since the first reset may come before any migration created a table.
    /// </summary>
    /// <param name="keepTables">Tables whose rows stay, e.g. reference data seeded by a migration.</param>
    public async Task ResetAsync(params string[] keepTables)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        Respawner respawner;
        try
        {
            respawner = await Respawner.CreateAsync(connection, new RespawnerOptions
            {
                DbAdapter = DbAdapter.Postgres,
                SchemasToInclude = ["public"],
                TablesToIgnore = [.. keepTables.Prepend("__EFMigrationsHistory").Select(t => new Respawn.Graph.Table(t))],
            });
        }
        catch (InvalidOperationException)
        {
            return; // no table yet: nothing to empty
        }

        await respawner.ResetAsync(connection);
    }

    public async Task DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var admin = await PostgresServer.OpenAdminConnectionAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)", admin);
        await drop.ExecuteNonQueryAsync();
    }
}
