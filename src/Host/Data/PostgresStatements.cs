using System.Data.Common;
using Npgsql;

namespace LaiChau.Host.Data;

/// <summary>
/// ADR 29: Npgsql prepares the statements the host repeats (intake, engine commands), so PostgreSQL parses and plans
/// each once per connection instead of on every call — planning was a third of the intake's statement time. An
/// operator's own <c>Max Auto Prepare</c> in the connection string (0 turns it off) wins.
/// PostgreSQL keeps a generic plan for a prepared statement after five runs when it costs no more than the custom ones:
/// a command's statements (key lookups, inserts) then cost no planning at all. Forcing custom plans instead cost
/// 40 % of the server's time per engine command (ADR 29, second amendment); the one read whose generic plan was slow,
/// the inbox's keyset page, now states its range's start (<c>WorkflowQueries.FindTasksAsync</c>).
/// </summary>
public static class PostgresStatements
{
    /// <summary>Statements kept prepared per connection: the host's repeated ones fit with room to spare.</summary>
    public const int MaxAutoPrepare = 128;

    /// <summary>Prepared after the second use, so a one-off statement never takes a place.</summary>
    public const int AutoPrepareMinUsages = 2;

    /// <summary>
    /// Also: a connection going back to the pool is not reset (<c>No Reset On Close</c>). The reset ran two statements
    /// per engine command (<c>pg_advisory_unlock_all()</c>, <c>SET SESSION AUTHORIZATION DEFAULT</c>), 4 % of the
    /// server's time, and undid nothing: the host sets no session state and takes no session-level lock.
    /// </summary>
    public static string? WithHostDefaults(string? connectionString)
    {
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            return connectionString; // the options validator refuses it where PostgreSQL is used
        }

        var given = new DbConnectionStringBuilder { ConnectionString = connectionString };
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (!Sets(given, "MaxAutoPrepare"))
        {
            builder.MaxAutoPrepare = MaxAutoPrepare;
            builder.AutoPrepareMinUsages = AutoPrepareMinUsages;
        }

        if (!Sets(given, "NoResetOnClose"))
        {
            builder.NoResetOnClose = true;
        }

        return builder.ConnectionString;
    }

    /// <summary>Whether the operator's string sets a keyword, however spaced or cased.</summary>
    private static bool Sets(DbConnectionStringBuilder given, string keyword) =>
        given.Keys.Cast<string>().Any(k => k.Replace(" ", "", StringComparison.Ordinal).Equals(keyword, StringComparison.OrdinalIgnoreCase));
}
