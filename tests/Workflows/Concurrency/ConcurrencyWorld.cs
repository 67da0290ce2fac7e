using LaiChau.Testing;
using LaiChau.Workflows.Engine;
using LaiChau.Workflows.Persistence;
using LaiChau.Workflows.Tests.FieldReport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using Npgsql;

namespace LaiChau.Workflows.Tests.Concurrency;

/// <summary>
/// Two engines on one PostgreSQL database, as two hosts would run: each with its own connections (named, so that
/// one can be killed from the server side in the middle of its commands) and one shared clock.
/// </summary>
internal sealed class ConcurrencyWorld
{
    private const string EngineBName = "laichau-engine-b";
    private readonly string _connectionString;

    private ConcurrencyWorld(string connectionString, FakeTimeProvider clock)
    {
        _connectionString = connectionString;
        Clock = clock;
        A = NewEngine("laichau-engine-a");
        B = NewEngine(EngineBName);
    }

    public FakeTimeProvider Clock { get; }

    public WorkflowEngine A { get; }

    public WorkflowEngine B { get; }

    /// <summary>Engine B lost its connections and is not used again (its leases expire; A takes its work over).</summary>
    public bool BIsDead { get; private set; }

    public static async Task<ConcurrencyWorld> CreateAsync(PostgresDatabase database, DateTimeOffset start)
    {
        var world = new ConcurrencyWorld(database.ConnectionString, TestClock.Create(start));
        await using (var db = world.NewContext())
        {
            await db.Database.EnsureCreatedAsync();
        }

        return world;
    }

    /// <summary>A reading context on engine A's side (the audit and the driver's look at the tables).</summary>
    public EngineOnlyContext NewContext() => new(Options("laichau-driver"));

    /// <summary>
    /// Terminates every server connection of engine B as soon as one of them is inside a transaction (or, at the
    /// latest, when <paramref name="bWork"/> is over): its commands in flight fail, their uncommitted work is lost.
    /// Returns whether a transaction was caught open.
    /// </summary>
    public async Task<bool> KillBAsync(Task bWork)
    {
        await using var connection = new NpgsqlConnection(_connectionString);
        await connection.OpenAsync();
        var caughtOpen = false;
        while (!bWork.IsCompleted && !caughtOpen)
        {
            await using var busy = new NpgsqlCommand(
                "SELECT count(*) FROM pg_stat_activity WHERE application_name = @name AND state IN ('active', 'idle in transaction')", connection);
            busy.Parameters.AddWithValue("name", EngineBName);
            caughtOpen = (long)(await busy.ExecuteScalarAsync())! > 0;
        }

        BIsDead = true;
        await using var kill = new NpgsqlCommand(
            "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE application_name = @name", connection);
        kill.Parameters.AddWithValue("name", EngineBName);
        await kill.ExecuteScalarAsync();
        return caughtOpen;
    }

    private WorkflowEngine NewEngine(string applicationName) => new(
        new EngineOnlyDatabase(Options(applicationName)),
        Clock,
        functions: FieldReportDefinition.Functions,
        workingDays: () => FieldReportDefinition.Calculator,
        formOptions: new TestFormOptions());

    private DbContextOptions<EngineOnlyContext> Options(string applicationName) =>
        new DbContextOptionsBuilder<EngineOnlyContext>()
            .UseNpgsql(new NpgsqlConnectionStringBuilder(_connectionString) { ApplicationName = applicationName }.ConnectionString)
            .AddVersionInterceptor()
            .Options;
}
