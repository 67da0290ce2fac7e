using System.Diagnostics;
using LaiChau.Workflows.Engine;
using LaiChau.Workflows.Engine.Rows;
using LaiChau.Workflows.Feel;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace LaiChau.EngineLoad;

/// <summary>
/// (a) start → no-op service task → user task → complete → end, as fast as <c>clients</c> starters and as many
/// completers can drive it, beside the raw rate of single-row insert transactions (4 clients) on the same server.
/// Rounds alternate raw and engine so that both see the same machine noise.
/// </summary>
internal static class Throughput
{
    private static readonly TaskActor Admin = TaskActor.Administrator("load");
    private static readonly Dictionary<string, FeelValue> None = [];
    private const int MaxBacklog = 200;

    public static async Task<int> RunAsync(string server, int seconds, int clients, int rounds)
    {
        var raw = new List<double>();
        var instances = new List<double>();
        var commands = new List<double>();
        // A short unrecorded round first: tiered JIT, EF's compiled queries and the pools warm up.
        await EngineAsync(await Database.CreateAsync(server, "laichau_load_warmup"), seconds: 5, clients);
        for (var round = 1; round <= rounds; round++)
        {
            raw.Add(await RawInsertsAsync(await Database.CreateAsync(server, $"laichau_load_raw_{round}"), seconds, clients: 4));
            var (perSecond, commandsPerSecond) = await EngineAsync(await Database.CreateAsync(server, $"laichau_load_engine_{round}"), seconds, clients);
            instances.Add(perSecond);
            commands.Add(commandsPerSecond);
            Console.WriteLine($"round {round}: raw {raw[^1]:0} tx/s · engine {perSecond:0.0} instances/s, {commandsPerSecond:0} commands/s · commands/raw {commandsPerSecond / raw[^1]:P1} · load average {LoadAverage()}");
        }

        var medianRaw = Median(raw);
        var medianCommands = Median(commands);
        Console.WriteLine($"median: raw {medianRaw:0} tx/s (4 clients) · engine {Median(instances):0.0} instances/s, {medianCommands:0} commands/s · commands/raw = {medianCommands / medianRaw:P1} · load average {LoadAverage()}");
        return 0;
    }

    private static async Task<double> RawInsertsAsync(string connectionString, int seconds, int clients)
    {
        await using (var setup = new NpgsqlConnection(connectionString))
        {
            await setup.OpenAsync();
            await using var create = new NpgsqlCommand("CREATE TABLE raw_rows (id uuid PRIMARY KEY, at timestamptz NOT NULL, body text NOT NULL)", setup);
            await create.ExecuteNonQueryAsync();
        }

        var stop = Stopwatch.StartNew();
        var counts = await Task.WhenAll(Enumerable.Range(0, clients).Select(async _ =>
        {
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync();
            await using var insert = new NpgsqlCommand("INSERT INTO raw_rows (id, at, body) VALUES ($1, $2, $3)", connection);
            insert.Parameters.Add(new NpgsqlParameter { Value = Guid.Empty });
            insert.Parameters.Add(new NpgsqlParameter { Value = DateTimeOffset.UnixEpoch });
            insert.Parameters.Add(new NpgsqlParameter { Value = "{\"instance\":\"row\"}" });
            await insert.PrepareAsync();
            var count = 0;
            while (stop.Elapsed.TotalSeconds < seconds)
            {
                insert.Parameters[0].Value = Guid.CreateVersion7();
                insert.Parameters[1].Value = TimeProvider.System.GetUtcNow();
                await insert.ExecuteNonQueryAsync(); // autocommit: one transaction per row
                count++;
            }

            return count;
        }));
        return counts.Sum() / stop.Elapsed.TotalSeconds;
    }

    private static async Task<(double Instances, double Commands)> EngineAsync(string connectionString, int seconds, int clients)
    {
        var data = Database.TempDirectory();
        await using var host = new LoadHost(connectionString, data, s => s.AddSingleton<IJobHandler>(new NoOpHandler("noop")));
        var engine = host.Engine;
        var queries = host.Queries;
        await engine.DeployAsync(Processes.ServiceThenTask, "load");

        long started = 0, completed = 0;
        var cpuBefore = Cpu.Now();
        var stop = Stopwatch.StartNew();
        // Starters keep at most MaxBacklog instances in flight, so the figure is the steady state of the whole
        // pipeline (start → job → task → complete), not a queue filling up.
        var starters = Enumerable.Range(0, clients).Select(_ => Task.Run(async () =>
        {
            while (stop.Elapsed.TotalSeconds < seconds)
            {
                if (Interlocked.Read(ref started) - Interlocked.Read(ref completed) > MaxBacklog)
                {
                    await Task.Delay(TimeSpan.FromMilliseconds(5), TimeProvider.System);
                    continue;
                }

                await engine.StartAsync(new StartInstance("load", null, null, None));
                Interlocked.Increment(ref started);
            }
        }));
        // One reader of the inbox hands its page to `clients` completers running side by side.
        var completers = Task.Run(async () =>
        {
            while (stop.Elapsed.TotalSeconds < seconds)
            {
                var page = await queries.FindTasksAsync(new TaskQuery(CandidateGroup: "officers", State: UserTaskState.Created, Limit: 64), Admin);
                if (page.Items.Count == 0)
                {
                    await Task.Delay(TimeSpan.FromMilliseconds(10), TimeProvider.System);
                    continue;
                }

                await Parallel.ForEachAsync(page.Items, new ParallelOptions { MaxDegreeOfParallelism = clients }, async (task, ct) =>
                {
                    await engine.CompleteTaskAsync(task.Id, Admin, None, ct);
                    Interlocked.Increment(ref completed);
                });
            }
        });
        await Task.WhenAll(starters.Append(completers));
        var elapsed = stop.Elapsed.TotalSeconds;
        var cpu = Cpu.Now() - cpuBefore;

        await using var db = new NpgsqlConnection(connectionString);
        await db.OpenAsync();
        await using var count = new NpgsqlCommand("SELECT count(*) FROM jobs", db);
        var jobsLeft = (long)(await count.ExecuteScalarAsync())!;
        // Commands committed: every start, every job completion (jobs created minus still queued), every task completion.
        var commands = started + (started - jobsLeft) + completed;
        Console.WriteLine($"  {elapsed:0} s: {started} started, {started - jobsLeft} jobs completed, {completed} tasks completed; " +
            $"CPU per command: this process (engine, workers, load) {cpu.Process * 1000 / commands:0.00} ms, PostgreSQL {cpu.Postgres * 1000 / commands:0.00} ms{GroupCommitFigures(engine)}");
        Directory.Delete(data, recursive: true);
        return (completed / elapsed, commands / elapsed);
    }

    /// <summary>Writes per group commit, read from the engine's private batcher (absent in builds without one).</summary>
    private static string GroupCommitFigures(WorkflowEngine engine)
    {
        const System.Reflection.BindingFlags Private = System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Instance;
        // Older builds kept it on the engine; since issue 18 it is the command runner's that the engine's parts share.
        var group = typeof(WorkflowEngine).GetField("_groupCommit", Private)?.GetValue(engine)
            ?? (typeof(WorkflowEngine).GetProperty("Runner", Private)?.GetValue(engine) is { } runner
                ? runner.GetType().GetProperty("GroupCommit", Private)?.GetValue(runner) : null);
        if (group is null)
        {
            return "";
        }

        var groups = (long)group.GetType().GetProperty("Groups")!.GetValue(group)!;
        var writes = (long)group.GetType().GetProperty("Writes")!.GetValue(group)!;
        return groups == 0 ? "" : $"; group commit: {writes} writes in {groups} transactions ({(double)writes / groups:0.0} per transaction)";
    }

    /// <summary>The machine's load (1, 5, 15 minutes): the figures move with it, their ratio far less.</summary>
    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "?";

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }
}

/// <summary>CPU seconds so far of this process and of PostgreSQL (postmaster and backends, from LAICHAU_BENCH_PGDATA).</summary>
internal readonly record struct Cpu(double Process, double Postgres)
{
    private const double TicksPerSecond = 100; // USER_HZ on Linux

    public static Cpu Now() => new(System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds, PostgresSeconds());

    public static Cpu operator -(Cpu a, Cpu b) => new(a.Process - b.Process, a.Postgres - b.Postgres);

    private static double PostgresSeconds()
    {
        var data = Environment.GetEnvironmentVariable("LAICHAU_BENCH_PGDATA");
        if (data is null || !File.Exists(Path.Combine(data, "postmaster.pid")))
        {
            return double.NaN;
        }

        var postmaster = File.ReadLines(Path.Combine(data, "postmaster.pid")).First().Trim();
        double ticks = 0;
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), out _))
            {
                continue;
            }

            try
            {
                var stat = File.ReadAllText(Path.Combine(dir, "stat"));
                var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                // fields[1] is the parent pid; [11], [12] user and system ticks (fields 4, 14, 15 of proc(5)).
                if (Path.GetFileName(dir) == postmaster || fields[1] == postmaster)
                {
                    ticks += double.Parse(fields[11], System.Globalization.CultureInfo.InvariantCulture) + double.Parse(fields[12], System.Globalization.CultureInfo.InvariantCulture);
                }
            }
            catch (IOException)
            {
                // a process that ended meanwhile
            }
            catch (FormatException)
            {
            }
        }

        return ticks / TicksPerSecond;
    }
}
