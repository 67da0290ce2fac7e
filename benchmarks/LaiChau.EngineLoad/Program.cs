namespace LaiChau.EngineLoad;

/// <summary>
/// Load scripts of issue 4 point 10, on the PostgreSQL named by LAICHAU_BENCH_POSTGRES (engine-load.sh starts one):
///   throughput [seconds=20] [clients=8] [rounds=3]   (a) instances/s and commands/s beside raw inserts/s
///   inbox      [completed=1000000] [open=100000]      (b) inbox query p50/p95 over a loaded task table
///   memory     [instances=100000]                     (c) host memory holding waiting instances
///   timers     [timers=10000] [probes=100] [lead=90]   issue 5: a burst of timers due at once, probe delays
/// </summary>
internal static class LoadScript
{
    public static async Task<int> Main(string[] args)
    {
        var connection = Environment.GetEnvironmentVariable("LAICHAU_BENCH_POSTGRES");
        if (string.IsNullOrWhiteSpace(connection) || args.Length == 0)
        {
            await Console.Error.WriteLineAsync("Usage: LAICHAU_BENCH_POSTGRES='Host=…;Username=…' dotnet run -c Release --project benchmarks/LaiChau.EngineLoad -- throughput|inbox|memory|timers [numbers]");
            await Console.Error.WriteLineAsync("benchmarks/engine-load.sh starts a throwaway PostgreSQL cluster and runs all three.");
            return 2;
        }

        // WebApplicationFactory looks for the host's folder before it asks us; tell it where it is.
        Environment.SetEnvironmentVariable("ASPNETCORE_CONTENTROOT", LoadHost.HostContentRoot());
        int Arg(int index, int fallback) => args.Length > index && int.TryParse(args[index], out var value) ? value : fallback;

        return args[0] switch
        {
            "throughput" => await Throughput.RunAsync(connection, seconds: Arg(1, 20), clients: Arg(2, 8), rounds: Arg(3, 3)),
            "inbox" => await Inbox.RunAsync(connection, completed: Arg(1, 1_000_000), open: Arg(2, 100_000)),
            "memory" => await Memory.RunAsync(connection, instances: Arg(1, 100_000)),
            "timers" => await Timers.RunAsync(connection, timers: Arg(1, 10_000), probes: Arg(2, 100), leadSeconds: Arg(3, 90)),
            _ => 2,
        };
    }
}
