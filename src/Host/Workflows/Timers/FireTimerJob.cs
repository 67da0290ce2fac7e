using LaiChau.Workflows.Engine;
using Microsoft.Extensions.Options;
using Quartz;

namespace LaiChau.Host.Workflows.Timers;

/// <summary>
/// A slot's trigger fired: the engine fires every timer of that slot due by now, several side by side, each by its
/// own idempotent command (a timer fired meanwhile by the safety net or another host is a no-op). Timers of the slot
/// still ahead re-arm the slot's trigger at the earliest of them. A trigger of the per-timer scheme fires its timer.
/// </summary>
public sealed partial class FireTimerJob(
    WorkflowTimers timers, WorkerActivity activity, TimerFiringGate gate, IOptions<TimerOptions> options, ILogger<FireTimerJob> logger) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        using var busy = activity.Begin();
        // A recovery firing (the node that ran this one died) has a trigger of its own; the slot is the original's.
        var key = context.Recovering && context.RecoveringTriggerKey is { } original ? original : context.Trigger.Key;
        if (TimerTriggers.LegacyTimerIdOf(key) is { } timerId)
        {
            await timers.FireTimerAsync(timerId, cancellationToken);
            return;
        }

        if (TimerTriggers.SlotOf(key) is not { } slot)
        {
            return;
        }

        var (from, to) = TimerTriggers.Range(slot);
        var firing = await timers.FireSlotAsync(from, to, options.Value.Concurrency, gate.Permits, cancellationToken);
        LogFired(logger, slot, firing.Fired);
        if (firing.Failed.Count > 0)
        {
            // The engine skipped them so that the rest of the slot fires; the poll's own firing logs the exception.
            LogFailed(logger, slot, firing.Failed.Count);
        }

        if (firing.NextDue is { } next)
        {
            // Replaces this trigger, consumed by the firing that runs now (KeepEarlier keeps only a pending one).
            await context.Scheduler.ScheduleTrigger(TimerTriggers.Build(next), TriggerConflict.KeepEarlier, cancellationToken);
        }
    }

    [LoggerMessage(EventId = 4211, Level = LogLevel.Debug, Message = "Timer slot {Slot} fired {Fired} timers")]
    private static partial void LogFired(ILogger logger, DateTimeOffset slot, int fired);

    [LoggerMessage(EventId = 4214, Level = LogLevel.Warning, Message = "Timer slot {Slot}: firing {Failed} timers failed; the safety-net poll retries them")]
    private static partial void LogFailed(ILogger logger, DateTimeOffset slot, int failed);
}
