using LaiChau.Host.Tests.Infrastructure;
using LaiChau.Host.Workflows.Timers;
using LaiChau.Testing;
using LaiChau.Workflows.Engine;
using LaiChau.Workflows.Feel;
using Quartz;
using static LaiChau.Host.Tests.Workflows.TimerProbe;

namespace LaiChau.Host.Tests.Workflows;

/// <summary>
/// ADR 8 amendment: timers due at one instant share one Quartz trigger (their slot), whose firing drains them in its
/// own lane; a timer due later has its own trigger and never waits behind that backlog. Counts and order only.
/// </summary>
public abstract class TimerSlotTests : ProviderTestBase
{
    private static readonly TaskActor Admin = TaskActor.Administrator("admin");
    private static readonly Dictionary<string, FeelValue> None = [];

    [Fact]
    public async Task TimersDueAtOneInstant_ShareOneTrigger_AndEachFiresOnce()
    {
        var host = NewHost();
        var engine = Engine(host);
        await engine.DeployAsync(DeadlineProcess, "admin");
        var ids = await StartAsync(engine, 12);
        var timer = await TimerAsync(engine, ids[0]);
        await WaitForAsync(() => TriggerExistsAsync(host, timer), "the slot's trigger");
        Assert.Equal(1, await SlotTriggerCountAsync(host));

        host.Clock.Advance(TimeSpan.FromDays(1));

        foreach (var id in ids)
        {
            await WaitForAsync(async () => (await engine.Queries().GetInstanceAsync(id)).ActiveElementIds.SequenceEqual(["escalate"]), "every timer of the slot to fire");
        }

        Assert.True(await Activity(host).WaitUntilIdleAsync(TimeSpan.FromSeconds(20), default));
        foreach (var id in ids)
        {
            Assert.Equal(1, await FiredCountAsync(engine, id));
        }

        await WaitForAsync(async () => await SlotTriggerCountAsync(host) == 0, "the slot's one-shot trigger to be gone");
    }

    [Fact]
    public async Task ABacklogInOneSlot_DoesNotHoldBackTheSlotDueAfterIt()
    {
        var host = NewHost();
        var engine = Engine(host);
        await engine.DeployAsync(DeadlineProcess, "admin");
        var backlog = await StartAsync(engine, 20);
        host.Clock.Advance(TimeSpan.FromMilliseconds(5));
        var later = (await StartAsync(engine, 1))[0];
        var backlogTimer = await TimerAsync(engine, backlog[0]);
        var laterTimer = await TimerAsync(engine, later);
        await WaitForAsync(() => TriggerExistsAsync(host, laterTimer), "the later slot's trigger");
        Assert.Equal(2, await SlotTriggerCountAsync(host));

        // Quartz held back, so that this test decides the order: both slots are due, the later one fires first.
        var scheduler = await Scheduler(host);
        await scheduler.Standby();
        host.Clock.Advance(TimeSpan.FromDays(1));
        var (laterFrom, laterTo) = TimerTriggers.Range(TimerTriggers.SlotOf(laterTimer.DueAt));
        var firing = await engine.Timers().FireSlotAsync(laterFrom, laterTo, parallelism: 4, gate: null);

        Assert.Equal(1, firing.Fired);
        Assert.Equal(["escalate"], (await engine.Queries().GetInstanceAsync(later)).ActiveElementIds);
        foreach (var id in backlog)
        {
            Assert.Equal(0, await FiredCountAsync(engine, id));
        }

        var (backlogFrom, backlogTo) = TimerTriggers.Range(TimerTriggers.SlotOf(backlogTimer.DueAt));
        Assert.Equal(20, (await engine.Timers().FireSlotAsync(backlogFrom, backlogTo, parallelism: 4)).Fired);

        // Quartz's triggers now find nothing left: no timer fires twice.
        await scheduler.Start();
        await WaitForAsync(async () => await SlotTriggerCountAsync(host) == 0, "both slot triggers to fire");
        Assert.True(await Activity(host).WaitUntilIdleAsync(TimeSpan.FromSeconds(20), default));
        foreach (var id in backlog.Append(later))
        {
            Assert.Equal(1, await FiredCountAsync(engine, id));
        }
    }

    [Fact]
    public async Task TwoInstantsInOneSlot_TheTriggerFiresTheFirst_ThenReArmsForTheSecond()
    {
        var host = NewHost();
        var engine = Engine(host);
        await engine.DeployAsync(DeadlineProcess, "admin");
        var first = (await StartAsync(engine, 1))[0];
        host.Clock.Advance(TimeSpan.FromMicroseconds(300));
        var second = (await StartAsync(engine, 1))[0];
        var secondTimer = await TimerAsync(engine, second);
        Assert.Equal(TimerTriggers.SlotOf((await TimerAsync(engine, first)).DueAt), TimerTriggers.SlotOf(secondTimer.DueAt));
        await WaitForAsync(() => TriggerExistsAsync(host, secondTimer), "the slot's trigger");

        host.Clock.Advance(TimeSpan.FromDays(1) - TimeSpan.FromMicroseconds(300));
        await WaitForAsync(async () => await FiredCountAsync(engine, first) == 1, "the first timer to fire");
        Assert.True(await Activity(host).WaitUntilIdleAsync(TimeSpan.FromSeconds(20), default));
        Assert.Equal(0, await FiredCountAsync(engine, second));
        await WaitForAsync(() => TriggerExistsAsync(host, secondTimer), "the slot's trigger to be re-armed for the second timer");

        host.Clock.Advance(TimeSpan.FromMicroseconds(300));
        await WaitForAsync(async () => await FiredCountAsync(engine, second) == 1, "the second timer to fire");
        Assert.Equal(1, await FiredCountAsync(engine, first));
    }

    [Fact]
    public async Task CancellingOneTimerOfASlot_KeepsItsTrigger_CancellingTheLastRemovesIt()
    {
        var host = NewHost();
        var engine = Engine(host);
        await engine.DeployAsync(DeadlineProcess, "admin");
        var ids = await StartAsync(engine, 2);
        var timer = await TimerAsync(engine, ids[0]);
        await WaitForAsync(() => TriggerExistsAsync(host, timer), "the slot's trigger");

        await CompleteVerifyAsync(engine, ids[0]);
        // The scheduler applies changes in commit order: once a timer opened after the cancellation has its
        // trigger, the cancellation has been applied.
        host.Clock.Advance(TimeSpan.FromMilliseconds(5));
        var marker = await TimerAsync(engine, (await StartAsync(engine, 1))[0]);
        await WaitForAsync(() => TriggerExistsAsync(host, marker), "a later timer's trigger");
        Assert.True(await TriggerExistsAsync(host, timer));

        await CompleteVerifyAsync(engine, ids[1]);
        await WaitForAsync(async () => !await TriggerExistsAsync(host, timer), "the slot's trigger to be removed");
    }

    private static async Task<List<Guid>> StartAsync(WorkflowEngine engine, int count)
    {
        var ids = new List<Guid>();
        for (var i = 0; i < count; i++)
        {
            ids.Add(await engine.StartAsync(new StartInstance("deadline", null, null, None)));
        }

        return ids;
    }

    private static async Task CompleteVerifyAsync(WorkflowEngine engine, Guid instanceId)
    {
        var task = Assert.Single((await engine.Queries().FindTasksAsync(new TaskQuery(InstanceId: instanceId), Admin)).Items);
        await engine.CompleteTaskAsync(task.Id, Admin, None);
    }

    private static async Task<int> SlotTriggerCountAsync(HostFactory host) =>
        (await (await Scheduler(host)).QueryTriggers(
            new TriggerQuery { Group = GroupMatcher<TriggerKey>.GroupEquals(TimerTriggers.Group), Take = 1000 })).Items.Count;
}

public sealed class SqliteTimerSlotTests : TimerSlotTests;

[Collection(PostgresCollection.Name)]
public sealed class PostgresTimerSlotTests : TimerSlotTests
{
    public PostgresTimerSlotTests(PostgresDatabase database) => Postgres = database;
}
