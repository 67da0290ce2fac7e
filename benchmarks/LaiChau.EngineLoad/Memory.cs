using System.Diagnostics;
using LaiChau.Workflows.Engine;
using LaiChau.Workflows.Engine.Rows;
using LaiChau.Workflows.Feel;

namespace LaiChau.EngineLoad;

/// <summary>
/// (c) The host starts <c>instances</c> instances that wait at a user task, then works on some of them; its memory is
/// read after a full collection. Instances live in the database, so the figure must not grow with their number.
/// </summary>
internal static class Memory
{
    private static readonly Dictionary<string, FeelValue> None = [];

    public static async Task<int> RunAsync(string server, int instances)
    {
        var connectionString = await Database.CreateAsync(server, "laichau_load_memory");
        var data = Database.TempDirectory();
        await using var host = new LoadHost(connectionString, data);
        var engine = host.Engine;
        var queries = host.Queries;
        await engine.DeployAsync(Processes.Waiting, "load");
        Report("host started", 0);

        var started = 0;
        var watch = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(async () =>
        {
            while (Interlocked.Increment(ref started) <= instances)
            {
                var variables = new Dictionary<string, FeelValue> { ["reporter"] = FeelValue.String("Lò Văn Páo"), ["ward"] = FeelValue.String("Tân Phong") };
                await engine.StartAsync(new StartInstance("waiting", null, null, variables));
            }
        })));
        Report($"{instances:N0} waiting instances ({instances / watch.Elapsed.TotalSeconds:0}/s)", instances);

        var admin = TaskActor.Administrator("load");
        var page = await queries.FindTasksAsync(new TaskQuery(CandidateGroup: "officers", State: UserTaskState.Created, Limit: 500), admin);
        foreach (var task in page.Items)
        {
            await engine.CompleteTaskAsync(task.Id, admin, None);
        }

        var waiting = await queries.FindInstancesAsync(new InstanceQuery(State: InstanceStateFilter.Active, Limit: 500));
        Report($"after completing {page.Items.Count} tasks and listing {waiting.Items.Count} instances", instances);
        Directory.Delete(data, recursive: true);
        return 0;
    }

    private static void Report(string when, int instances)
    {
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect();
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        Console.WriteLine($"{when}: working set {process.WorkingSet64 / 1048576.0:0} MB, managed heap {GC.GetTotalMemory(false) / 1048576.0:0} MB ({ResidentParts()}; "
            + $"{AppDomain.CurrentDomain.GetAssemblies().Length} assemblies, {System.Runtime.JitInfo.GetCompiledMethodCount():N0} methods JIT'd)");
        var dump = Environment.GetEnvironmentVariable("LAICHAU_BENCH_SMAPS");
        if (!string.IsNullOrEmpty(dump))
        {
            // Every mapping with its resident size, to find where the memory goes (docs/benchmarks.md, 2026-12-08).
            File.WriteAllText(Path.Combine(dump, $"smaps-{instances}-{Environment.TickCount64}.txt"), File.ReadAllText("/proc/self/smaps"));
        }
    }

    /// <summary>The working set's three kinds (Linux): private memory, mapped files (DLLs, ICU data) and shared
    /// memory (with W^X on, the runtime's executable allocator — type data, stubs, JIT'd code — is a shared mapping).</summary>
    private static string ResidentParts()
    {
        const string status = "/proc/self/status";
        if (!File.Exists(status))
        {
            return "no /proc";
        }

        var parts = File.ReadLines(status)
            .Where(line => line.StartsWith("RssAnon:", StringComparison.Ordinal) || line.StartsWith("RssFile:", StringComparison.Ordinal) || line.StartsWith("RssShmem:", StringComparison.Ordinal))
            .Select(line => line.Split(':', 2))
            .Select(pair => $"{pair[0][3..].ToLowerInvariant()} {long.Parse(pair[1].Trim().Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture) / 1024.0:0} MB");
        return string.Join(", ", parts);
    }
}
