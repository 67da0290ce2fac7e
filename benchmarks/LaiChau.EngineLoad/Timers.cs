using System.Diagnostics;
using System.Globalization;
using LaiChau.Workflows.Engine;
using LaiChau.Workflows.Feel;

namespace LaiChau.EngineLoad;

/// <summary>
/// Issue 5 point 5: <c>timers</c> instances wait for one instant; all must fire and commit within 60 s of it, through
/// Quartz on the real clock. <c>probes</c> more instances are due one by one during that burst; their delay (firing
/// instant in the journal minus due instant) is reported as p50/p99 (target p99 under 2 s).
/// </summary>
internal static class Timers
{
    private const string Process = """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="d" targetNamespace="http://laichau.invalid/load">
          <bpmn:process id="wait-until" isExecutable="true">
            <bpmn:startEvent id="start" />
            <bpmn:intermediateCatchEvent id="wait"><bpmn:timerEventDefinition><bpmn:timeDate>=date and time(due)</bpmn:timeDate></bpmn:timerEventDefinition></bpmn:intermediateCatchEvent>
            <bpmn:endEvent id="end" />
            <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="wait" />
            <bpmn:sequenceFlow id="f2" sourceRef="wait" targetRef="end" />
          </bpmn:process>
        </bpmn:definitions>
        """;

    public static async Task<int> RunAsync(string server, int timers, int probes, int leadSeconds)
    {
        var connectionString = await Database.CreateAsync(server, "laichau_load_timers");
        var data = Database.TempDirectory();
        await using var host = new LoadHost(connectionString, data);
        var engine = host.Engine;
        var queries = host.Queries;
        await engine.DeployAsync(Process, "load");

        var burst = DateTimeOffset.UtcNow.AddSeconds(leadSeconds);
        var probeDue = Enumerable.Range(1, probes).Select(i => burst.AddMilliseconds(i * 20_000.0 / probes)).ToArray();
        var watch = Stopwatch.StartNew();
        var burstIds = await StartAsync(engine, Enumerable.Repeat(burst, timers).ToArray());
        var probeIds = await StartAsync(engine, probeDue);
        Console.WriteLine($"{timers:N0} timers due at one instant and {probes} probes started in {watch.Elapsed.TotalSeconds:0.0} s; burst in {(burst - DateTimeOffset.UtcNow).TotalSeconds:0.0} s");
        if (DateTimeOffset.UtcNow > burst)
        {
            Console.WriteLine("The instances took longer to start than the lead time; give a larger lead (third argument).");
            return 1;
        }

        while (await AnyActiveAsync(queries))
        {
            if (DateTimeOffset.UtcNow > burst.AddMinutes(5))
            {
                Console.WriteLine("Not all timers fired within 5 minutes.");
                return 1;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(200), TimeProvider.System);
        }

        var lastBurst = (await Task.WhenAll(burstIds.Select(id => FiredAtAsync(queries, id)))).Max();
        var delays = (await Task.WhenAll(probeIds.Select(id => FiredAtAsync(queries, id))))
            .Select((fired, i) => (fired - probeDue[i]).TotalMilliseconds).Order().ToArray();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"burst: last of {timers:N0} fired {(lastBurst - burst).TotalSeconds:0.0} s after the instant (target < 60 s)"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"probes due during the burst: delay p50 {Percentile(delays, 0.50):0} ms, p99 {Percentile(delays, 0.99):0} ms, max {delays[^1]:0} ms (target p99 < 2000 ms)"));
        Directory.Delete(data, recursive: true);
        return 0;
    }

    private static async Task<List<Guid>> StartAsync(WorkflowEngine engine, DateTimeOffset[] dues)
    {
        var ids = new Guid[dues.Length];
        var next = -1;
        await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(async () =>
        {
            for (var i = Interlocked.Increment(ref next); i < dues.Length; i = Interlocked.Increment(ref next))
            {
                var variables = new Dictionary<string, FeelValue> { ["due"] = FeelValue.String(dues[i].ToString("yyyy-MM-dd'T'HH:mm:ss.fffzzz", CultureInfo.InvariantCulture)) };
                ids[i] = await engine.StartAsync(new StartInstance("wait-until", null, null, variables));
            }
        })));
        return [.. ids];
    }

    private static async Task<bool> AnyActiveAsync(WorkflowQueries queries) =>
        (await queries.FindInstancesAsync(new InstanceQuery(State: InstanceStateFilter.Active, Limit: 1))).Items.Count > 0;

    /// <summary>The instant the timer fired, as the firing command journaled it.</summary>
    private static async Task<DateTimeOffset> FiredAtAsync(WorkflowQueries queries, Guid id) =>
        (await queries.GetJournalAsync(id)).First(j => j.Type == "TimerFired").At;

    private static double Percentile(double[] sorted, double p) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
}
