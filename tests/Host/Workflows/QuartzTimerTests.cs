using LaiChau.Host.Tests.Infrastructure;
using LaiChau.Host.Workflows.Timers;
using LaiChau.Testing;
using LaiChau.Workflows.Engine;
using LaiChau.Workflows.Engine.Rows;
using LaiChau.Workflows.Feel;
using Microsoft.Extensions.DependencyInjection;
using static LaiChau.Host.Tests.Workflows.TimerProbe;

namespace LaiChau.Host.Tests.Workflows;

/// <summary>
/// Issue 5: timers fired by the real Quartz scheduler on its persistent store, driven by the fake clock. Nothing here
/// calls FireDueTimersAsync, and the safety-net poll (5 minutes of real time) never runs during a test.
/// </summary>
public abstract class QuartzTimerTests : ProviderTestBase
{
    private static readonly TaskActor Admin = TaskActor.Administrator("admin");
    private static readonly Dictionary<string, FeelValue> None = [];

    [Fact]
    public async Task BoundaryTimer_FakeClockPassesItsInstant_QuartzFiresItOnce()
    {
        var host = NewHost();
        var engine = Engine(host);
        await engine.DeployAsync(TimerProbe.DeadlineProcess, "admin");
        var id = await engine.StartAsync(new StartInstance("deadline", null, null, None));
        var timer = await TimerAsync(engine, id);
        await WaitForAsync(() => TriggerExistsAsync(host, timer), "the trigger to be scheduled");

        host.Clock.Advance(TimeSpan.FromHours(23));
        Assert.True(await Activity(host).WaitUntilIdleAsync(TimeSpan.FromSeconds(20), default));
        Assert.Equal(["verify"], (await engine.Queries().GetInstanceAsync(id)).ActiveElementIds);

        host.Clock.Advance(TimeSpan.FromHours(1));
        await WaitForAsync(async () => (await engine.Queries().GetInstanceAsync(id)).ActiveElementIds.SequenceEqual(["escalate"]), "Quartz to fire the timer");

        Assert.Equal(1, await FiredCountAsync(engine, id));
        await WaitForAsync(async () => !await TriggerExistsAsync(host, timer), "the one-shot slot trigger to be gone");
    }

    [Fact]
    public async Task ScopeEndsBeforeTheTimer_ItsTriggerIsRemoved()
    {
        var host = NewHost();
        var engine = Engine(host);
        await engine.DeployAsync(TimerProbe.DeadlineProcess, "admin");
        var id = await engine.StartAsync(new StartInstance("deadline", null, null, None));
        var timer = await TimerAsync(engine, id);
        await WaitForAsync(() => TriggerExistsAsync(host, timer), "the trigger to be scheduled");

        var task = Assert.Single((await engine.Queries().FindTasksAsync(new TaskQuery(InstanceId: id), Admin)).Items);
        await engine.CompleteTaskAsync(task.Id, Admin, None);

        await WaitForAsync(async () => !await TriggerExistsAsync(host, timer), "the trigger to be removed");
        Assert.Equal("completed", (await engine.Queries().GetInstanceAsync(id)).State);
    }

    [Fact]
    public async Task Cycle_R3_ReArmsAfterEachFiring_ThenStops()
    {
        var host = NewHost();
        var engine = Engine(host);
        await engine.DeployAsync(Processes.File("reminder", """
            <bpmn:startEvent id="start" />
            <bpmn:userTask id="verify" />
            <bpmn:boundaryEvent id="remind" cancelActivity="false" attachedToRef="verify"><bpmn:timerEventDefinition><bpmn:timeCycle>R3/PT1H</bpmn:timeCycle></bpmn:timerEventDefinition></bpmn:boundaryEvent>
            <bpmn:endEvent id="done" />
            <bpmn:endEvent id="reminded" />
            <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="verify" />
            <bpmn:sequenceFlow id="f2" sourceRef="verify" targetRef="done" />
            <bpmn:sequenceFlow id="f3" sourceRef="remind" targetRef="reminded" />
            """), "admin");
        var id = await engine.StartAsync(new StartInstance("reminder", null, null, None));

        for (var fired = 1; fired <= 3; fired++)
        {
            host.Clock.Advance(TimeSpan.FromHours(1));
            var expected = fired;
            await WaitForAsync(async () => await FiredCountAsync(engine, id) == expected, $"firing {fired} of the cycle");
        }

        host.Clock.Advance(TimeSpan.FromHours(5));
        Assert.True(await Activity(host).WaitUntilIdleAsync(TimeSpan.FromSeconds(20), default));
        Assert.Equal(3, await FiredCountAsync(engine, id));
        Assert.Equal(["verify"], (await engine.Queries().GetInstanceAsync(id)).ActiveElementIds);
    }

    [Fact]
    public async Task MonthlyReport_OnTheFirstAt0700InVietnam_RunsForTheMonthBefore()
    {
        var hook = new MonthlyReportRecorder();
        var host = NewHost().WithServices(s => s.AddSingleton<IMonthlyReportHook>(hook));
        _ = Engine(host); // starts the host and its scheduler

        host.Clock.SetVietnamTime(2026, 4, 1, 6, 59);
        Assert.True(await Activity(host).WaitUntilIdleAsync(TimeSpan.FromSeconds(20), default));
        Assert.Empty(hook.Months);
        host.Clock.SetVietnamTime(2026, 4, 1, 7, 0);

        await WaitForAsync(() => Task.FromResult(!hook.Months.IsEmpty), "the monthly report job");
        Assert.Equal([new DateOnly(2026, 3, 1)], hook.Months);
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
        await engine.DeployAsync(TimerProbe.DeadlineProcess, "admin");
        id = await engine.StartAsync(new StartInstance("deadline", null, null, None));
        var timer = await TimerAsync(engine, id);
        await WaitForAsync(() => TriggerExistsAsync(first, timer), "the trigger to be scheduled");
        if (triggerLost)
        {
            // As if the host had crashed between the commit and scheduling the trigger.
            await (await Scheduler(first)).UnscheduleJob(TimerTriggers.Key(timer.DueAt));
        }

        await first.DisposeAsync();

        var second = NewHost(dataDirectory: data.Path);
        second.Clock.SetUtcNow(first.Clock.GetUtcNow() + TimeSpan.FromDays(2));
        var restarted = Engine(second);

        await WaitForAsync(async () => (await restarted.Queries().GetInstanceAsync(id)).ActiveElementIds.SequenceEqual(["escalate"]), "the overdue timer to fire after start");
        Assert.Equal(1, await FiredCountAsync(restarted, id));
    }
}

internal sealed class MonthlyReportRecorder : IMonthlyReportHook
{
    public System.Collections.Concurrent.ConcurrentQueue<DateOnly> Months { get; } = new();

    public Task GenerateAsync(DateOnly firstDayOfMonth, CancellationToken ct)
    {
        Months.Enqueue(firstDayOfMonth);
        return Task.CompletedTask;
    }
}

public sealed class SqliteQuartzTimerTests : QuartzTimerTests;

[Collection(PostgresCollection.Name)]
public sealed class PostgresQuartzTimerTests : QuartzTimerTests
{
    public PostgresQuartzTimerTests(PostgresDatabase database) => Postgres = database;
}
