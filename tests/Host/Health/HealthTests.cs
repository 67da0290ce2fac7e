using System.Net;
using System.Text.Json;
using LaiChau.Host.Tests.Infrastructure;
using LaiChau.Testing;
using LaiChau.Host.Workflows.Timers;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Quartz;

namespace LaiChau.Host.Tests.Health;

public abstract class HealthTests : ProviderTestBase
{
    [Fact]
    public async Task Health_AfterStart_IsHealthyWithoutAKey()
    {
        using var client = NewHost().CreateClient(apiKey: null);

        var report = await GetReportAsync(client, "/health", HttpStatusCode.OK);

        Assert.Equal("Healthy", report.GetProperty("status").GetString());
        var database = report.GetProperty("checks").GetProperty("database");
        Assert.Equal("Healthy", database.GetProperty("status").GetString());
        Assert.Contains("all migrations applied", database.GetProperty("description").GetString());
    }

    [Fact]
    public async Task HealthReady_AfterStart_ReportsStartupAndDatabase()
    {
        using var client = NewHost().CreateClient(apiKey: null);

        var report = await GetReportAsync(client, "/health/ready", HttpStatusCode.OK);

        var checks = report.GetProperty("checks");
        Assert.Equal("Healthy", checks.GetProperty("startup").GetProperty("status").GetString());
        Assert.Equal("Healthy", checks.GetProperty("database").GetProperty("status").GetString());
    }

    [Fact]
    public async Task Health_WhenAMigrationIsMissing_IsUnhealthyAndNamesIt()
    {
        var host = NewHost();
        using var client = host.CreateClient(apiKey: null);
        await GetReportAsync(client, "/health", HttpStatusCode.OK);

        await ForgetMigrationsAsync();

        var report = await GetReportAsync(client, "/health", HttpStatusCode.ServiceUnavailable);
        var description = report.GetProperty("checks").GetProperty("database").GetProperty("description").GetString();
        Assert.Contains("_Initial", description);
        await GetReportAsync(client, "/health/ready", HttpStatusCode.ServiceUnavailable);
    }

    [Fact]
    public async Task Health_AfterStart_ReportsTheSchedulerRunning_TheMailChannel_AndTheDataFolder()
    {
        using var client = NewHost().CreateClient(apiKey: null);

        var checks = (await GetReportAsync(client, "/health", HttpStatusCode.OK)).GetProperty("checks");

        Assert.All(new[] { "scheduler", "scheduler-misfires", "smtp", "data-folder" },
            name => Assert.Equal("Healthy", checks.GetProperty(name).GetProperty("status").GetString()));
        Assert.Contains("No timer trigger has misfired", checks.GetProperty("scheduler-misfires").GetProperty("description").GetString());
        Assert.Contains("No SMTP server configured", checks.GetProperty("smtp").GetProperty("description").GetString());
        Assert.True(checks.GetProperty("data-folder").GetProperty("data").GetProperty("freeMegabytes").GetInt64() > 0);
    }

    [Fact]
    public async Task Health_WhenTheSchedulerIsInStandby_IsDegradedButServes()
    {
        var host = NewHost();
        using var client = host.CreateClient(apiKey: null);
        await GetReportAsync(client, "/health", HttpStatusCode.OK);
        var scheduler = await host.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();

        await scheduler.Standby();

        var report = await GetReportAsync(client, "/health", HttpStatusCode.OK);
        Assert.Equal("Degraded", report.GetProperty("status").GetString());
        Assert.Equal("Degraded", report.GetProperty("checks").GetProperty("scheduler").GetProperty("status").GetString());
    }

    [Fact]
    public async Task Health_AfterAMisfire_IsDegradedForAnHour_NamingTheTrigger()
    {
        var host = NewHost();
        using var client = host.CreateClient(apiKey: null);
        await GetReportAsync(client, "/health", HttpStatusCode.OK);
        var trigger = TriggerBuilder.Create().WithIdentity("timer-slot-test", "laichau-timers").ForJob("fire", "laichau").StartAt(host.Clock.GetUtcNow().AddMinutes(-5)).Build();

        await host.Services.GetRequiredService<MisfireRecorder>().TriggerMisfired(trigger, null!, default);

        var misfires = (await GetReportAsync(client, "/health", HttpStatusCode.OK)).GetProperty("checks").GetProperty("scheduler-misfires");
        Assert.Equal("Degraded", misfires.GetProperty("status").GetString());
        Assert.Contains("laichau-timers.timer-slot-test", misfires.GetProperty("description").GetString());
        host.Clock.Advance(SchedulerMisfiresHealthCheck.RecentWindow);
        var later = (await GetReportAsync(client, "/health", HttpStatusCode.OK)).GetProperty("checks").GetProperty("scheduler-misfires");
        Assert.Equal(("Healthy", 1), (later.GetProperty("status").GetString(), later.GetProperty("data").GetProperty("misfires").GetInt32()));
    }

    /// <summary>Deletes the migrations history, as if the schema had been made by an older release.</summary>
    protected abstract Task ForgetMigrationsAsync();

    internal static async Task<JsonElement> GetReportAsync(HttpClient client, string path, HttpStatusCode expected)
    {
        var response = await client.GetAsync(path);
        Assert.Equal(expected, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }
}

public sealed class SqliteHealthTests : HealthTests
{
    [Fact]
    public async Task Start_WithNoDataDirectory_CreatesTheSqliteDatabase()
    {
        var host = NewHost();
        Directory.Delete(host.DataDirectory, recursive: true);
        using var client = host.CreateClient(apiKey: null);

        var response = await client.GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(File.Exists(Path.Combine(host.DataDirectory, "laichau.db")));
    }

    protected override async Task ForgetMigrationsAsync()
    {
        var file = Path.Combine(LastHost.DataDirectory, "laichau.db");
        await using var connection = new SqliteConnection($"Data Source={file};Pooling=False");
        await connection.OpenAsync();
        await using var command = new SqliteCommand("DELETE FROM __EFMigrationsHistory", connection);
        await command.ExecuteNonQueryAsync();
    }
}

[Collection(PostgresCollection.Name)]
public sealed class PostgresHealthTests : HealthTests
{
    private readonly PostgresDatabase _database;
    private readonly List<(string Id, string Version)> _forgotten = [];

    public PostgresHealthTests(PostgresDatabase database)
    {
        _database = database;
        Postgres = database;
    }

    protected override async Task ForgetMigrationsAsync()
    {
        await using var connection = await OpenAsync();
        await using (var read = new NpgsqlCommand("SELECT \"MigrationId\", \"ProductVersion\" FROM \"__EFMigrationsHistory\"", connection))
        await using (var reader = await read.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                _forgotten.Add((reader.GetString(0), reader.GetString(1)));
            }
        }

        await using var delete = new NpgsqlCommand("DELETE FROM \"__EFMigrationsHistory\"", connection);
        await delete.ExecuteNonQueryAsync();
    }

    /// <summary>The collection shares one database: give the history back for the next test.</summary>
    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await using var connection = await OpenAsync();
        foreach (var (id, version) in _forgotten)
        {
            await using var insert = new NpgsqlCommand(
                "INSERT INTO \"__EFMigrationsHistory\" VALUES (@id, @version)", connection);
            insert.Parameters.AddWithValue("id", id);
            insert.Parameters.AddWithValue("version", version);
            await insert.ExecuteNonQueryAsync();
        }
    }

    private async Task<NpgsqlConnection> OpenAsync()
    {
        var connection = new NpgsqlConnection(_database.ConnectionString);
        await connection.OpenAsync();
        return connection;
    }
}
