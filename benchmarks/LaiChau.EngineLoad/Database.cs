using Npgsql;

namespace LaiChau.EngineLoad;

internal static class Database
{
    /// <summary>A fresh database per run, so runs do not see each other's rows.</summary>
    public static async Task<string> CreateAsync(string server, string name)
    {
        NpgsqlConnection.ClearAllPools(); // connections of a dropped database would fail on first use
        await using var admin = new NpgsqlConnection(server);
        await admin.OpenAsync();
        await using (var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE)", admin))
        {
            await drop.ExecuteNonQueryAsync();
        }

        await using (var create = new NpgsqlCommand($"CREATE DATABASE {name}", admin))
        {
            await create.ExecuteNonQueryAsync();
        }

        return new NpgsqlConnectionStringBuilder(server) { Database = name, MaxPoolSize = 100 }.ConnectionString;
    }

    public static string TempDirectory()
    {
        var path = Path.Combine(Path.GetTempPath(), $"laichau-load-{Guid.NewGuid():N}");
        Directory.CreateDirectory(path);
        return path;
    }
}
