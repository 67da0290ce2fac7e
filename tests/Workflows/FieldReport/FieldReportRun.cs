using LaiChau.Testing;
using LaiChau.Workflows.Engine;
using LaiChau.Workflows.Engine.Rows;
using LaiChau.Workflows.Feel;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace LaiChau.Workflows.Tests.FieldReport;

/// <summary>
/// One report through the real engine: deploys workflows/field-report.bpmn, starts an instance as intake does,
/// plays the host's notice, report-state and alert workers (recording every call) and moves time only through the
/// fake clock.
/// </summary>
public sealed class FieldReportRun
{
    public const string ReportCode = "PA-2026-000123";
    public static readonly string[] HostJobTypes = ["notice", "report-state", "alert"];
    private static readonly Dictionary<string, string> HeaderKey = new() { ["notice"] = "kind", ["report-state"] = "state", ["alert"] = "kind" };

    private readonly DbContextOptions<EngineOnlyContext> _options;

    private FieldReportRun(FakeTimeProvider clock, WorkflowEngine engine, DbContextOptions<EngineOnlyContext> options)
    {
        Clock = clock;
        Engine = engine;
        _options = options;
    }

    public FakeTimeProvider Clock { get; }

    public WorkflowEngine Engine { get; }

    public Guid InstanceId { get; private set; }

    public List<HostCall> Calls { get; } = [];

    public IEnumerable<string> CallKeys => Calls.Select(c => c.Key);

    public static async Task<FieldReportRun> StartAsync(
        IFieldReportStore store, DateTimeOffset receivedAt, string leadAgency = "UBND-TANPHONG", bool urgent = false)
    {
        var database = new EngineOnlyDatabase(store.Options);
        await database.EnsureCreatedAsync();
        var clock = TestClock.Create(receivedAt);
        var engine = new WorkflowEngine(
            database, clock, functions: FieldReportDefinition.Functions, workingDays: () => FieldReportDefinition.Calculator, formOptions: new TestFormOptions());
        var run = new FieldReportRun(clock, engine, store.Options);
        await engine.DeployResourcesAsync(FieldReportDefinition.Resources, "test", changeNote: null);
        run.InstanceId = await engine.StartAsync(new StartInstance("field-report", null, ReportCode, new Dictionary<string, FeelValue>
        {
            ["reportCode"] = FeelValue.String(ReportCode),
            ["category"] = FeelValue.String(urgent ? "fire" : "pothole"),
            ["categoryName"] = FeelValue.String(urgent ? "Cháy nổ" : "Ổ gà, hư hỏng mặt đường"),
            ["urgent"] = FeelValue.Boolean(urgent),
            ["leadAgency"] = FeelValue.String(leadAgency),
            ["receivedAt"] = FeelValue.String(receivedAt.ToString("yyyy-MM-dd'T'HH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture)),
            ["confidential"] = FeelValue.False,
            ["flags"] = FeelValue.List([]),
            ["duplicateOf"] = FeelValue.Null,
        }));
        await run.RunHostJobsAsync();
        return run;
    }

    /// <summary>Completes every notice, report-state and alert job, in the order the engine created them, until none is left.</summary>
    public async Task RunHostJobsAsync()
    {
        while (true)
        {
            var batch = new List<ActivatedJob>();
            foreach (var type in HostJobTypes)
            {
                batch.AddRange(await Engine.ActivateJobsAsync(type, "test-host", 50));
            }

            if (batch.Count == 0)
            {
                return;
            }

            var journal = await Engine.Queries().GetJournalAsync(InstanceId);
            foreach (var job in batch.OrderBy(j => CreatedAt(journal, j)))
            {
                Calls.Add(new HostCall(job.Type, job.Headers[HeaderKey[job.Type]], job.ElementId, Clock.GetUtcNow(), job.Variables));
                await Engine.CompleteJobAsync(job.Id, job.LeaseToken, new Dictionary<string, FeelValue>());
            }
        }
    }

    /// <summary>Moves the clock to <paramref name="instant"/>, fires what became due, and runs the host's jobs.</summary>
    public async Task AdvanceToAsync(DateTimeOffset instant)
    {
        Clock.SetUtcNow(instant.ToUniversalTime());
        await Engine.Timers().FireDueTimersAsync();
        await RunHostJobsAsync();
    }

    public async Task<IReadOnlyList<TaskView>> OpenTasksAsync() =>
        (await Engine.Queries().FindTasksAsync(new TaskQuery(InstanceId: InstanceId, State: UserTaskState.Created), TaskActor.Administrator("test"))).Items;

    public async Task<TaskView> OpenTaskAsync(string elementId) =>
        Assert.Single(await OpenTasksAsync(), t => t.ElementId == elementId);

    /// <summary>
    /// Completes the one open task of <paramref name="elementId"/> as a member of its (first) candidate group, publishes
    /// <c>task-claimed</c> as the host does after a claim or a completion, then runs the host's jobs.
    /// </summary>
    public async Task<TaskView> CompleteAsync(string elementId, params (string Name, FeelValue Value)[] variables)
    {
        var task = await OpenTaskAsync(elementId);
        var member = new TaskActor("officer", [task.CandidateGroups[0]], IsAdministrator: false);
        await Engine.CompleteTaskAsync(task.Id, member, variables.ToDictionary(v => v.Name, v => v.Value));
        await Engine.PublishMessageAsync(new PublishMessage("task-claimed", ReportCode, new Dictionary<string, FeelValue>())); // as the host does (R2.2)
        await RunHostJobsAsync();
        return task;
    }

    public async Task<PublishResult> PublishAsync(string name, params (string Name, FeelValue Value)[] variables)
    {
        var result = await Engine.PublishMessageAsync(new PublishMessage(name, ReportCode, variables.ToDictionary(v => v.Name, v => v.Value)));
        await RunHostJobsAsync();
        return result;
    }

    public Task<InstanceDetails> InstanceAsync() => Engine.Queries().GetInstanceAsync(InstanceId);

    /// <summary>The snapshot the engine saved for the instance (the state its next command loads).</summary>
    public async Task<string> StoredSnapshotAsync()
    {
        await using var db = new EngineOnlyContext(_options);
        return (await db.Set<ProcessInstanceRow>().SingleAsync(i => i.Id == InstanceId)).Snapshot;
    }

    private static int CreatedAt(IReadOnlyList<JournalEntry> journal, ActivatedJob job)
    {
        var id = job.ElementInstanceId.ToString();
        return journal.First(e => e.Type == "JobCreated" && e.Data.Contains(id, StringComparison.Ordinal)).Sequence;
    }
}
