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
    private readonly EngineKillSwitch _killSwitch = new();

    private ConcurrencyWorld(string connectionString, FakeTimeProvider clock)
    {
        _connectionString = connectionString;
        Clock = clock;
        A = NewEngine("laichau-engine-a");
        B = NewEngine(EngineBName, _killSwitch);
    }

    public FakeTimeProvider Clock { get; }

    public WorkflowEngine A { get; }

    public WorkflowEngine B { get; }

    /// <summary>Engine B lost its connections and is not used again (its leases expire; A takes its work over).</summary>
    public bool BIsDead => _killSwitch.Dead;

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

    /// <summary>Engine B dies at the <paramref name="afterCommands"/>-th command it sends from now (see <see cref="EngineKillSwitch"/>).</summary>
    public void ArmKill(int afterCommands) => _killSwitch.Arm(TerminateBConnectionsAsync, afterCommands);

    public Task KillBIfStillArmedAsync() => _killSwitch.KillIfStillArmedAsync();

    /// <summary>Terminates every server connection of engine B and waits until each is gone (PostgreSQL 14+).</summary>
    private async Task TerminateBConnectionsAsync()
    {
        await using var connection = new NpgsqlConnection(_connectionString);
        await connection.OpenAsync();
        await using var kill = new NpgsqlCommand(
            "SELECT count(pg_terminate_backend(pid, 5000)) FROM pg_stat_activity WHERE application_name = @name", connection);
        kill.Parameters.AddWithValue("name", EngineBName);
        await kill.ExecuteScalarAsync();
    }

    private WorkflowEngine NewEngine(string applicationName, EngineKillSwitch? killSwitch = null) => new(
        new EngineOnlyDatabase(Options(applicationName, killSwitch)),
        Clock,
        functions: FieldReportDefinition.Functions,
        workingDays: () => FieldReportDefinition.Calculator,
        formOptions: new TestFormOptions());

    private DbContextOptions<EngineOnlyContext> Options(string applicationName, EngineKillSwitch? killSwitch = null)
    {
        var options = new DbContextOptionsBuilder<EngineOnlyContext>()
            .UseNpgsql(new NpgsqlConnectionStringBuilder(_connectionString) { ApplicationName = applicationName }.ConnectionString)
            .AddVersionInterceptor();
        return (killSwitch is null ? options : options.AddInterceptors(killSwitch)).Options;
    }
}
