using System.Data.Common;
using Npgsql;

namespace LaiChau.Host.Data;

/// <summary>
/// ADR 29: Npgsql prepares the statements the host repeats (intake, engine commands), so PostgreSQL parses and plans
/// each once per connection instead of on every call — planning was a third of the intake's statement time. An
/// operator's own <c>Max Auto Prepare</c> in the connection string (0 turns it off) wins.
/// Prepared statements are still planned for their values (<c>plan_cache_mode=force_custom_plan</c>): after five
/// runs PostgreSQL may otherwise keep one generic plan, and for the inbox's keyset page that plan took 35 ms instead
/// of 1.2 ms (docs/benchmarks.md, 2026-12-08). An operator's own <c>plan_cache_mode</c> in <c>Options</c> wins.
/// </summary>
public static class PostgresStatements
{
    /// <summary>Statements kept prepared per connection: the host's repeated ones fit with room to spare.</summary>
    public const int MaxAutoPrepare = 128;

    /// <summary>Prepared after the second use, so a one-off statement never takes a place.</summary>
    public const int AutoPrepareMinUsages = 2;

    /// <summary>The server setting sent with each connection's start-up, unless the operator's Options set it.</summary>
    public const string CustomPlans = "-c plan_cache_mode=force_custom_plan";

    public static string? WithAutoPrepare(string? connectionString)
    {
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            return connectionString; // the options validator refuses it where PostgreSQL is used
        }

        var given = new DbConnectionStringBuilder { ConnectionString = connectionString };
        if (given.Keys.Cast<string>().Any(k => k.Replace(" ", "", StringComparison.Ordinal).Equals("MaxAutoPrepare", StringComparison.OrdinalIgnoreCase)))
        {
            return connectionString;
        }

        var builder = new NpgsqlConnectionStringBuilder(connectionString)
        {
            MaxAutoPrepare = MaxAutoPrepare,
            AutoPrepareMinUsages = AutoPrepareMinUsages,
        };
        if (builder.Options?.Contains("plan_cache_mode", StringComparison.OrdinalIgnoreCase) != true)
        {
            builder.Options = string.IsNullOrWhiteSpace(builder.Options) ? CustomPlans : $"{builder.Options} {CustomPlans}";
        }

        return builder.ConnectionString;
    }
}
