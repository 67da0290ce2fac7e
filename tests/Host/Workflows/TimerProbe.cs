using LaiChau.Testing;
using LaiChau.Host.Tests.Infrastructure;
using LaiChau.Host.Workflows;
using LaiChau.Host.Workflows.Timers;
using LaiChau.Workflows.Engine;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace LaiChau.Host.Tests.Workflows;

/// <summary>Looks at a host's timers, triggers and journal for the Quartz timer tests.</summary>
internal static class TimerProbe
{
    /// <summary>verify (user task) with a 1-day interrupting timer to "escalate".</summary>
    public static readonly string DeadlineProcess = Processes.File("deadline", """
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

    public static WorkflowEngine Engine(HostFactory host) => host.Services.GetRequiredService<WorkflowEngine>();

    public static WorkerActivity Activity(HostFactory host) =>
        host.Services.GetRequiredService<WorkerActivity>();

    public static Task<IScheduler> Scheduler(HostFactory host) =>
        host.Services.GetRequiredService<ISchedulerFactory>().GetScheduler().AsTask();

    /// <summary>Whether the trigger of the timer's slot is in the store (timers due in one second share it).</summary>
    public static async Task<bool> TriggerExistsAsync(HostFactory host, ScheduledTimer timer) =>
        await (await Scheduler(host)).Exists(TimerTriggers.Key(timer.DueAt));

    /// <summary>The instance's one timer, as its journal scheduled it.</summary>
    public static async Task<ScheduledTimer> TimerAsync(WorkflowEngine engine, Guid instanceId)
    {
        var journal = await engine.Queries().GetJournalAsync(instanceId);
        var data = System.Text.Json.JsonDocument.Parse(journal.Single(j => j.Type == "TimerScheduled").Data).RootElement;
        return new ScheduledTimer(data.GetProperty("timerId").GetGuid(), data.GetProperty("dueAt").GetDateTimeOffset());
    }

    public static async Task<int> FiredCountAsync(WorkflowEngine engine, Guid instanceId) =>
        (await engine.Queries().GetJournalAsync(instanceId)).Count(j => j.Type == "TimerFired");

    /// <summary>Waits (real time, bounded) for background work on other threads; never for business time.</summary>
    public static async Task WaitForAsync(Func<Task<bool>> condition, string what)
    {
        var deadline = TimeProvider.System.GetTimestamp() + (20 * TimeProvider.System.TimestampFrequency);
        while (!await condition())
        {
            Assert.True(TimeProvider.System.GetTimestamp() < deadline, $"Timed out waiting for {what}.");
            await Task.Delay(TimeSpan.FromMilliseconds(20), TimeProvider.System);
        }
    }
}
