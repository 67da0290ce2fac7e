using System.Diagnostics;
using LaiChau.Workflows.Engine;
using LaiChau.Workflows.Engine.Rows;
using Npgsql;
using NpgsqlTypes;

namespace LaiChau.EngineLoad;

/// <summary>
/// (b) The inbox of one candidate group (50 open tasks by due date) with 1,000,000 completed and 100,000 open tasks
/// in the table, spread over 50 groups, through the engine's own query.
/// </summary>
internal static class Inbox
{
    private const int Groups = 50;
    private const int Queries = 2000;

    public static async Task<int> RunAsync(string server, int completed, int open)
    {
        var connectionString = await Database.CreateAsync(server, "laichau_load_inbox");
        var data = Database.TempDirectory();
        await using var host = new LoadHost(connectionString, data);
        var queries = host.Queries; // starting the host migrates the schema

        var load = Stopwatch.StartNew();
        await LoadAsync(connectionString, completed, open);
        Console.WriteLine($"loaded {completed:N0} completed + {open:N0} open tasks in {load.Elapsed.TotalSeconds:0} s");

        var admin = TaskActor.Administrator("load");
        var random = new Random(4);
        for (var i = 0; i < 200; i++)
        {
            await queries.FindTasksAsync(new TaskQuery(CandidateGroup: Group(random.Next(Groups)), State: UserTaskState.Created, Limit: 50), admin);
        }

        var first = new List<double>(Queries);
        var next = new List<double>(Queries);
        for (var i = 0; i < Queries; i++)
        {
            var group = Group(random.Next(Groups));
            var watch = Stopwatch.StartNew();
            var page = await queries.FindTasksAsync(new TaskQuery(CandidateGroup: group, State: UserTaskState.Created, Limit: 50), admin);
            first.Add(watch.Elapsed.TotalMilliseconds);
            if (page.Items.Count != 50 || page.Next is null)
            {
                throw new InvalidOperationException($"Group {group} returned {page.Items.Count} tasks.");
            }

            watch.Restart();
            await queries.FindTasksAsync(new TaskQuery(CandidateGroup: group, State: UserTaskState.Created, After: page.Next, Limit: 50), admin);
            next.Add(watch.Elapsed.TotalMilliseconds);
        }

        Console.WriteLine($"inbox first page: p50 {P(first, 0.50):0.00} ms, p95 {P(first, 0.95):0.00} ms, p99 {P(first, 0.99):0.00} ms");
        Console.WriteLine($"inbox next page:  p50 {P(next, 0.50):0.00} ms, p95 {P(next, 0.95):0.00} ms, p99 {P(next, 0.99):0.00} ms");
        Directory.Delete(data, recursive: true);
        return 0;
    }

    private static string Group(int i) => $"agency-{i:00}";

    private static async Task LoadAsync(string connectionString, int completed, int open)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var random = new Random(1);
        var start = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var tasks = new List<(Guid Id, int Group, DateTimeOffset Due, bool Open)>(completed + open);
        for (var i = 0; i < completed + open; i++)
        {
            tasks.Add((Guid.CreateVersion7(), i % Groups, start.AddMinutes(random.Next(0, 525_600)), i >= completed));
        }

        await using (var writer = await connection.BeginBinaryImportAsync("""
            COPY user_tasks ("Id", "InstanceId", "DefinitionKey", "ElementId", "Name", "CandidateGroups", "CandidateUsers",
                             "DueAt", "DueOrder", "State", "CreatedAt", "EndedAt") FROM STDIN (FORMAT BINARY)
            """))
        {
            foreach (var t in tasks)
            {
                await writer.StartRowAsync();
                await writer.WriteAsync(t.Id, NpgsqlDbType.Uuid);
                await writer.WriteAsync(Guid.CreateVersion7(), NpgsqlDbType.Uuid);
                await writer.WriteAsync("intake", NpgsqlDbType.Varchar);
                await writer.WriteAsync("verify", NpgsqlDbType.Varchar);
                await writer.WriteAsync("Xác minh phản ánh", NpgsqlDbType.Varchar);
                await writer.WriteAsync(Group(t.Group), NpgsqlDbType.Varchar);
                await writer.WriteAsync("", NpgsqlDbType.Varchar);
                await writer.WriteAsync(t.Due, NpgsqlDbType.TimestampTz);
                await writer.WriteAsync(t.Due, NpgsqlDbType.TimestampTz);
                await writer.WriteAsync(t.Open ? "Created" : "Completed", NpgsqlDbType.Varchar);
                await writer.WriteAsync(start, NpgsqlDbType.TimestampTz);
                if (t.Open)
                {
                    await writer.WriteNullAsync();
                }
                else
                {
                    await writer.WriteAsync(t.Due, NpgsqlDbType.TimestampTz);
                }
            }

            await writer.CompleteAsync();
        }

        await using (var writer = await connection.BeginBinaryImportAsync("""
            COPY user_task_candidates ("TaskId", "Kind", "Name", "IsOpen", "DueOrder") FROM STDIN (FORMAT BINARY)
            """))
        {
            foreach (var t in tasks)
            {
                await writer.StartRowAsync();
                await writer.WriteAsync(t.Id, NpgsqlDbType.Uuid);
                await writer.WriteAsync("Group", NpgsqlDbType.Varchar);
                await writer.WriteAsync(Group(t.Group), NpgsqlDbType.Varchar);
                await writer.WriteAsync(t.Open, NpgsqlDbType.Boolean);
                await writer.WriteAsync(t.Due, NpgsqlDbType.TimestampTz);
            }

            await writer.CompleteAsync();
        }

        await using var analyze = new NpgsqlCommand("ANALYZE user_tasks; ANALYZE user_task_candidates;", connection);
        await analyze.ExecuteNonQueryAsync();
    }

    private static double P(List<double> values, double quantile)
    {
        var sorted = values.Order().ToList();
        return sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(quantile * sorted.Count) - 1)];
    }
}
