using System.Data.Common;
using System.Globalization;
using LaiChau.Host.Data;
using LaiChau.Host.Tests.Infrastructure;
using LaiChau.Testing;
using LaiChau.Workflows.Engine;
using LaiChau.Workflows.Engine.Rows;
using LaiChau.Workflows.Feel;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace LaiChau.Host.Tests.Workflows;

/// <summary>
/// ADR 29 (second amendment): the host lets PostgreSQL keep generic plans for its prepared statements, so a keyset
/// page must be fast in its generic plan too — the range on the inbox's index starts at the cursor's due date.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class KeysetPlanTests : ProviderTestBase
{
    private static readonly TaskActor Admin = TaskActor.Administrator("admin");

    public KeysetPlanTests(PostgresDatabase database) => Postgres = database;

    [Fact]
    public async Task InboxNextPage_GenericPlan_StartsTheIndexRangeAtTheCursor()
    {
        var capture = new CommandCapture("\"DueOrder\" >");
        var host = NewHost().With("Workflows:Workers:ExternalTypes:0", "prepare").WithServices(capture.Install);
        var engine = host.Services.GetRequiredService<WorkflowEngine>();
        await engine.DeployAsync(Processes.Intake(), "admin");
        for (var i = 0; i < 3; i++)
        {
            await engine.StartAsync(new StartInstance("intake", null, $"PA-{i}", new Dictionary<string, FeelValue>()));
            host.Clock.Advance(TimeSpan.FromHours(1));
        }

        foreach (var job in await engine.ActivateJobsAsync("prepare", "w", 10))
        {
            await engine.CompleteJobAsync(job.Id, job.LeaseToken, new Dictionary<string, FeelValue>());
        }

        var first = await engine.Queries().FindTasksAsync(new TaskQuery(CandidateGroup: "officers", State: UserTaskState.Created, Limit: 1), Admin);
        var next = await engine.Queries().FindTasksAsync(new TaskQuery(CandidateGroup: "officers", State: UserTaskState.Created, After: first.Next, Limit: 1), Admin);

        var plan = await GenericPlanAsync(Assert.Single(capture.Commands));
        Assert.Contains(plan, line => line.Contains("Index Cond", StringComparison.Ordinal) && line.Contains("\"DueOrder\" >=", StringComparison.Ordinal));
        Assert.NotEqual(first.Items[0].Id, Assert.Single(next.Items).Id);
    }

    /// <summary>
    /// The statement's plan as PostgreSQL keeps it after five runs (<c>force_generic_plan</c>), with sequential scans
    /// and sorts priced out so that a table of three rows still shows which conditions bound the index range.
    /// </summary>
    private async Task<List<string>> GenericPlanAsync(CapturedCommand command)
    {
        var text = command.Text;
        foreach (var (name, value, position) in command.Parameters.Select((p, i) => (p.Name, p.Value, i + 1)).OrderByDescending(p => p.Name.Length))
        {
            text = text.Replace("@" + name.TrimStart('@'), "$" + position.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        }

        var arguments = command.Parameters.Select(p => Literal(p.Value));
        await using var connection = new NpgsqlConnection(Postgres!.ConnectionString);
        await connection.OpenAsync();
        await using (var setup = new NpgsqlCommand(
            $"SET plan_cache_mode = force_generic_plan; SET enable_seqscan = off; SET enable_sort = off; PREPARE next_page AS {text}", connection))
        {
            await setup.ExecuteNonQueryAsync();
        }

        await using var explain = new NpgsqlCommand($"EXPLAIN EXECUTE next_page({string.Join(", ", arguments)})", connection);
        var lines = new List<string>();
        await using var reader = await explain.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            lines.Add(reader.GetString(0));
        }

        return lines;
    }

    private static string Literal(object? value) => value switch
    {
        null or DBNull => "NULL",
        string s => $"'{s.Replace("'", "''", StringComparison.Ordinal)}'::text",
        Guid g => $"'{g}'::uuid",
        DateTimeOffset d => $"'{d.UtcDateTime.ToString("O", CultureInfo.InvariantCulture)}'::timestamptz",
        DateTime d => $"'{d.ToString("O", CultureInfo.InvariantCulture)}'::timestamptz",
        bool b => b ? "true" : "false",
        int or long => Convert.ToString(value, CultureInfo.InvariantCulture)!,
        _ => throw new NotSupportedException($"No literal for a {value.GetType().Name} parameter."),
    };

    private sealed record CapturedCommand(string Text, IReadOnlyList<(string Name, object? Value)> Parameters);

    /// <summary>Keeps the PostgreSQL commands whose text contains a fragment, with their parameters.</summary>
    private sealed class CommandCapture(string fragment) : DbCommandInterceptor
    {
        public List<CapturedCommand> Commands { get; } = [];

        public void Install(IServiceCollection services) =>
            services.ConfigureDbContext<PostgresAppDbContext>(o => o.AddInterceptors(this));

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            if (command.CommandText.Contains(fragment, StringComparison.Ordinal))
            {
                lock (Commands)
                {
                    Commands.Add(new CapturedCommand(
                        command.CommandText, [.. command.Parameters.Cast<DbParameter>().Select(p => (p.ParameterName, (object?)p.Value))]));
                }
            }

            return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
        }
    }
}
