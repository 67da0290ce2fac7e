using System.Threading.Channels;
using LaiChau.Workflows.Engine;
using Quartz;

namespace LaiChau.Host.Workflows.Timers;

/// <summary>
/// Keeps Quartz's slot triggers in step with our timer rows (the truth): at start every slot of pending timers without
/// a trigger gets one (a timer due during downtime then fires at once), and after each commit the engine's
/// <see cref="WorkflowEngine.TimersChanged"/> sets the alarms of new timers' slots and removes those of slots whose
/// last timer was cancelled.
/// </summary>
public sealed partial class TimerTriggerService(
    WorkflowEngine engine, WorkflowTimers timers, ISchedulerFactory schedulers, WorkerActivity activity, ILogger<TimerTriggerService> logger)
    : BackgroundService
{
    private const int MaxChangesPerPass = 10_000;

    private readonly Channel<TimerChanges> _changes = Channel.CreateUnbounded<TimerChanges>(new() { SingleReader = true });

    public override Task StartAsync(CancellationToken cancellationToken)
    {
        // Subscribe before the start-up pass, so a timer committed meanwhile is not missed (scheduling twice is harmless).
        engine.TimersChanged += Enqueue;
        return base.StartAsync(cancellationToken);
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        engine.TimersChanged -= Enqueue;
        await base.StopAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            var scheduler = await schedulers.GetScheduler(stoppingToken);
            try
            {
                await RearmAsync(scheduler, stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // Not fatal to the host: the safety-net poll fires the timers left without a trigger.
                LogSchedulingFailed(logger, e);
            }

            while (await _changes.Reader.WaitToReadAsync(stoppingToken))
            {
                try
                {
                    await ApplyAsync(scheduler, TakeQueued(), stoppingToken);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // The safety-net poll fires what this could not schedule.
                    LogSchedulingFailed(logger, e);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // stopping
        }
    }

    private void Enqueue(TimerChanges change) => _changes.Writer.TryWrite(change);

    /// <summary>
    /// Everything queued so far, as one change: while one store call runs, thousands of commits can queue (a burst
    /// being created), and one call per slot instead of one per commit keeps the triggers of timers committed after
    /// the burst from waiting behind its scheduling.
    /// </summary>
    private TimerChanges TakeQueued()
    {
        var scheduled = new List<ScheduledTimer>();
        var removedDue = new List<ScheduledTimer>();
        for (var taken = 0; taken < MaxChangesPerPass && _changes.Reader.TryRead(out var change); taken++)
        {
            scheduled.AddRange(change.Scheduled);
            removedDue.AddRange(change.RemovedDue);
        }

        return new TimerChanges(scheduled, []) { RemovedDue = removedDue };
    }

    /// <summary>
    /// New timers set their slot's alarm (KeepEarlier: the earliest timer of a slot decides when it rings). A
    /// cancelled timer's slot loses its alarm once no timer is left in it; fired timers need nothing, their alarm is
    /// the one that fired them. Scheduling goes first: a slot is cleared only if the database shows no timer in it,
    /// so a timer committed after a cancellation in the same pass keeps its slot's trigger.
    /// </summary>
    private async Task ApplyAsync(IScheduler scheduler, TimerChanges change, CancellationToken ct)
    {
        foreach (var earliest in EarliestPerSlot(change.Scheduled))
        {
            await scheduler.ScheduleTrigger(TimerTriggers.Build(earliest), TriggerConflict.KeepEarlier, ct);
        }

        foreach (var slot in change.RemovedDue.Select(t => TimerTriggers.SlotOf(t.DueAt)).Distinct())
        {
            await ClearIfEmptyAsync(scheduler, slot, ct);
        }
    }

    private async Task ClearIfEmptyAsync(IScheduler scheduler, DateTimeOffset slot, CancellationToken ct)
    {
        var (from, to) = TimerTriggers.Range(slot);
        if (await timers.EarliestInSlotAsync(from, to, ct) is not null || !await scheduler.UnscheduleJob(TimerTriggers.Key(slot), ct))
        {
            return;
        }

        // Another host may have committed a timer in this slot and found the alarm still there (kept it) just
        // before it went: its row is committed by now, so looking again after the removal catches it.
        if (await timers.EarliestInSlotAsync(from, to, ct) is { } earliest)
        {
            await scheduler.ScheduleTrigger(TimerTriggers.Build(earliest), TriggerConflict.KeepEarlier, ct);
        }
    }

    /// <summary>Every pending slot without a trigger gets one at its earliest timer; an instant in the past fires at once.</summary>
    private async Task RearmAsync(IScheduler scheduler, CancellationToken ct)
    {
        using var busy = activity.Begin();
        var existing = await TimerTriggerQueries.SlotsWithTriggersAsync(scheduler, ct);
        var missing = EarliestPerSlot(await timers.ListPendingTimersAsync(ct)).Where(due => !existing.Contains(TimerTriggers.SlotOf(due))).ToList();
        foreach (var due in missing)
        {
            await scheduler.ScheduleTrigger(TimerTriggers.Build(due), TriggerConflict.KeepEarlier, ct);
        }

        LogRearmed(logger, missing.Count, existing.Count);
    }

    private static IEnumerable<DateTimeOffset> EarliestPerSlot(IEnumerable<ScheduledTimer> timers) =>
        timers.GroupBy(t => TimerTriggers.SlotOf(t.DueAt)).Select(slot => slot.Min(t => t.DueAt));

    [LoggerMessage(EventId = 4212, Level = LogLevel.Information, Message = "Timer slot triggers re-armed at start: {Missing} scheduled, {Existing} already there")]
    private static partial void LogRearmed(ILogger logger, int missing, int existing);

    [LoggerMessage(EventId = 4213, Level = LogLevel.Warning, Message = "Scheduling timer triggers failed; the safety-net poll fires those timers")]
    private static partial void LogSchedulingFailed(ILogger logger, Exception exception);
}
