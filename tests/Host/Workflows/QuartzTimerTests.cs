using LaiChau.Host.Tests.Infrastructure;
using LaiChau.Host.Workflows.Timers;
using LaiChau.Testing;
using LaiChau.Workflows.Engine;
using LaiChau.Workflows.Engine.Rows;
using LaiChau.Workflows.Feel;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace LaiChau.Host.Tests.Workflows;

/// <summary>
/// Issue 5: timers fired by the real Quartz scheduler on its persistent store, driven by the fake clock. Nothing here
/// calls FireDueTimersAsync, and the safety-net poll (5 minutes of real time) never runs during a test.
/// </summary>
public abstract class QuartzTimerTests : ProviderTestBase
{
    private static readonly TaskActor Admin = TaskActor.Administrator("admin");
    private static readonly Dictionary<string, FeelValue> None = [];

    /// <summary>verify (user task) with a 1-day interrupting timer to "escalate".</summary>
    private static readonly string Deadline = Processes.File("deadline", """
        <bpmn:startEvent id="start" />
        <bpmn:userTask id="verify" />
        <bpmn:boundaryEvent id="late" attachedToRef="verify"><bpmn:timerEventDefinition><bpmn:timeDuration>P1D</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:boundaryEvent>
        <bpmn:userTask id="escalate" />
        <bpmn:endEvent id="done" />
        <bpmn:endEvent id="escalated" />
        <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="verify" />
        <bpmn:sequenceFlow id="f2" sourceRef="verify" targetRef="done" />
        <bpmn:sequenceFlow id="f3" sourceRef="late" targetRef="escalate" />
        <bpmn:sequenceFlow id="f4" sourceRef="escalate" targetRef="escalated" />
        """);

    [Fact]
    public async Task BoundaryTimer_FakeClockPassesItsInstant_QuartzFiresItOnce()
    {
        var host = NewHost();
        var engine = Engine(host);
        await engine.DeployAsync(Deadline, "admin");
        var id = await engine.StartAsync(new StartInstance("deadline", null, null, None));
        var timerId = await TimerIdAsync(engine, id);
        await WaitForAsync(() => TriggerExistsAsync(host, timerId), "the trigger to be scheduled");

        host.Clock.Advance(TimeSpan.FromHours(23));
        Assert.True(await Activity(host).WaitUntilIdleAsync(TimeSpan.FromSeconds(20), default));
        Assert.Equal(["verify"], (await engine.GetInstanceAsync(id)).ActiveElementIds);

        host.Clock.Advance(TimeSpan.FromHours(1));
        await WaitForAsync(async () => (await engine.GetInstanceAsync(id)).ActiveElementIds.SequenceEqual(["escalate"]), "Quartz to fire the timer");

        Assert.Equal(1, await FiredCountAsync(engine, id));
        await WaitForAsync(async () => !await TriggerExistsAsync(host, timerId), "the one-shot trigger to be gone");
    }

    [Fact]
    public async Task ScopeEndsBeforeTheTimer_ItsTriggerIsRemoved()
    {
        var host = NewHost();
        var engine = Engine(host);
        await engine.DeployAsync(Deadline, "admin");
        var id = await engine.StartAsync(new StartInstance("deadline", null, null, None));
        var timerId = await TimerIdAsync(engine, id);
        await WaitForAsync(() => TriggerExistsAsync(host, timerId), "the trigger to be scheduled");

        var task = Assert.Single((await engine.FindTasksAsync(new TaskQuery(InstanceId: id), Admin)).Items);
        await engine.CompleteTaskAsync(task.Id, Admin, None);

        await WaitForAsync(async () => !await TriggerExistsAsync(host, timerId), "the trigger to be removed");
        Assert.Equal("completed", (await engine.GetInstanceAsync(id)).State);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task TimerDueWhileTheAppWasDown_FiresOnceRightAfterStart(bool triggerLost)
    {
        using var data = new TempDirectory("laichau-restart");
        Guid id;
        var first = NewHost(dataDirectory: data.Path);
        var engine = Engine(first);
        await engine.DeployAsync(Deadline, "admin");
        id = await engine.StartAsync(new StartInstance("deadline", null, null, None));
        var timerId = await TimerIdAsync(engine, id);
        await WaitForAsync(() => TriggerExistsAsync(first, timerId), "the trigger to be scheduled");
        if (triggerLost)
        {
            // As if the host had crashed between the commit and scheduling the trigger.
            await (await Scheduler(first)).UnscheduleJob(TimerTriggers.Key(timerId));
        }

        await first.DisposeAsync();

        var second = NewHost(dataDirectory: data.Path);
        second.Clock.SetUtcNow(first.Clock.GetUtcNow() + TimeSpan.FromDays(2));
        var restarted = Engine(second);

        await WaitForAsync(async () => (await restarted.GetInstanceAsync(id)).ActiveElementIds.SequenceEqual(["escalate"]), "the overdue timer to fire after start");
        Assert.Equal(1, await FiredCountAsync(restarted, id));
    }

    protected static WorkflowEngine Engine(HostFactory host) => host.Services.GetRequiredService<WorkflowEngine>();

    protected static LaiChau.Host.Workflows.WorkerActivity Activity(HostFactory host) =>
        host.Services.GetRequiredService<LaiChau.Host.Workflows.WorkerActivity>();

    protected static Task<IScheduler> Scheduler(HostFactory host) =>
        host.Services.GetRequiredService<ISchedulerFactory>().GetScheduler().AsTask();

    protected static async Task<bool> TriggerExistsAsync(HostFactory host, Guid timerId) =>
        await (await Scheduler(host)).Exists(TimerTriggers.Key(timerId));

    protected static async Task<Guid> TimerIdAsync(WorkflowEngine engine, Guid instanceId)
    {
        var journal = await engine.GetJournalAsync(instanceId);
        return System.Text.Json.JsonDocument.Parse(journal.Single(j => j.Type == "TimerScheduled").Data).RootElement.GetProperty("timerId").GetGuid();
    }

    protected static async Task<int> FiredCountAsync(WorkflowEngine engine, Guid instanceId) =>
        (await engine.GetJournalAsync(instanceId)).Count(j => j.Type == "TimerFired");

    /// <summary>Waits (real time, bounded) for background work on other threads; never for business time.</summary>
    protected static async Task WaitForAsync(Func<Task<bool>> condition, string what)
    {
        var deadline = TimeProvider.System.GetTimestamp() + (20 * TimeProvider.System.TimestampFrequency);
        while (!await condition())
        {
            Assert.True(TimeProvider.System.GetTimestamp() < deadline, $"Timed out waiting for {what}.");
            await Task.Delay(TimeSpan.FromMilliseconds(20), TimeProvider.System);
        }
    }
}

public sealed class SqliteQuartzTimerTests : QuartzTimerTests;

[Collection(PostgresCollection.Name)]
public sealed class PostgresQuartzTimerTests : QuartzTimerTests
{
    public PostgresQuartzTimerTests(PostgresDatabase database) => Postgres = database;
}
