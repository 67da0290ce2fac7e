using System.Threading.Channels;
using LaiChau.Workflows.Engine;
using Quartz;

namespace LaiChau.Host.Workflows.Timers;

/// <summary>
/// Keeps Quartz's triggers in step with our timer rows (the truth): at start every pending timer without a trigger
/// gets one (a timer due during downtime then fires at once), and after each commit the engine's
/// <see cref="WorkflowEngine.TimersChanged"/> adds triggers for new timers and removes those of fired or cancelled ones.
/// </summary>
public sealed partial class TimerTriggerService(
    WorkflowEngine engine, ISchedulerFactory schedulers, WorkerActivity activity, ILogger<TimerTriggerService> logger)
    : BackgroundService
{
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

            await foreach (var change in _changes.Reader.ReadAllAsync(stoppingToken))
            {
                try
                {
                    await ApplyAsync(scheduler, change, stoppingToken);
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

    private static async Task ApplyAsync(IScheduler scheduler, TimerChanges change, CancellationToken ct)
    {
        foreach (var timer in change.Scheduled)
        {
            await scheduler.ScheduleTrigger(TimerTriggers.Build(timer), TriggerConflict.Keep, ct);
        }

        if (change.Removed.Count > 0)
        {
            await scheduler.UnscheduleJobs([.. change.Removed.Select(TimerTriggers.Key)], ct);
        }
    }

    /// <summary>Every pending timer whose trigger is missing gets one; a due instant in the past fires at once.</summary>
    private async Task RearmAsync(IScheduler scheduler, CancellationToken ct)
    {
        using var busy = activity.Begin();
        var existing = await TimerTriggerQueries.TimerIdsWithTriggersAsync(scheduler, ct);
        var missing = (await engine.ListPendingTimersAsync(ct)).Where(t => !existing.Contains(t.TimerId)).ToList();
        foreach (var timer in missing)
        {
            await scheduler.ScheduleTrigger(TimerTriggers.Build(timer), TriggerConflict.Keep, ct);
        }

        LogRearmed(logger, missing.Count, existing.Count);
    }

    [LoggerMessage(EventId = 4212, Level = LogLevel.Information, Message = "Timer triggers re-armed at start: {Missing} scheduled, {Existing} already there")]
    private static partial void LogRearmed(ILogger logger, int missing, int existing);

    [LoggerMessage(EventId = 4213, Level = LogLevel.Warning, Message = "Scheduling timer triggers failed; the safety-net poll fires those timers")]
    private static partial void LogSchedulingFailed(ILogger logger, Exception exception);
}
