using Npgsql;

namespace LaiChau.Testing;

/// <summary>
/// The PostgreSQL server that ./test.sh starts for the tests, found through LAICHAU_TEST_POSTGRES.
/// Tests that need it fail (never skip) when it is missing, with a message that says how to start it.
/// </summary>
public static class PostgresServer
{
    public const string Variable = "LAICHAU_TEST_POSTGRES";

    private const string HowToStart =
        "Run the tests with ./test.sh, which starts a throwaway PostgreSQL cluster, or start PostgreSQL yourself and set " +
        Variable + "=\"Host=127.0.0.1;Port=5432;Username=postgres;Password=...;Database=postgres\" (a role that may create databases).";

    public static string AdminConnectionString =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException($"{Variable} is not set. {HowToStart}");

    public static async Task<NpgsqlConnection> OpenAdminConnectionAsync()
    {
        var connection = new NpgsqlConnection(AdminConnectionString);
        try
        {
            await connection.OpenAsync();
            return connection;
        }
        catch (Exception ex) when (ex is NpgsqlException or TimeoutException)
        {
            await connection.DisposeAsync();
            throw new InvalidOperationException($"PostgreSQL at {Variable} cannot be reached ({ex.Message}). {HowToStart}", ex);
        }
    }
}
