using Quartz;

namespace LaiChau.Host.Workflows.Timers;

/// <summary>A trigger the job store found later than its misfire threshold, and when it found it.</summary>
public sealed record Misfire(string Trigger, DateTimeOffset? DueAt, DateTimeOffset DetectedAt);

/// <summary>
/// Counts the misfires Quartz reports on this host (a timer later than its threshold: the host was down, or every thread
/// was busy). Quartz then fires it at once; health reports the count and the last one (<see cref="SchedulerMisfiresHealthCheck"/>).
/// </summary>
public sealed partial class MisfireRecorder(TimeProvider clock, ILogger<MisfireRecorder> logger) : ITriggerListener
{
    private long _count;
    private Misfire? _last;

    public string Name => "laichau-misfires";

    public long Count => Interlocked.Read(ref _count);

    public Misfire? Last => Volatile.Read(ref _last);

    public ValueTask TriggerMisfired(ITrigger trigger, IScheduler scheduler, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(trigger);
        var misfire = new Misfire(trigger.Key.ToString(), trigger.NextFireTimeUtc, clock.GetUtcNow());
        Volatile.Write(ref _last, misfire);
        Interlocked.Increment(ref _count);
        LogMisfire(logger, misfire.Trigger, misfire.DueAt);
        return ValueTask.CompletedTask;
    }

    public ValueTask TriggerFired(ITrigger trigger, IJobExecutionContext context, CancellationToken cancellationToken) => ValueTask.CompletedTask;

    public ValueTask<bool> VetoJobExecution(ITrigger trigger, IJobExecutionContext context, CancellationToken cancellationToken) => ValueTask.FromResult(false);

    public ValueTask TriggerSkipped(ITrigger trigger, IScheduler scheduler, CancellationToken cancellationToken) => ValueTask.CompletedTask;

    public ValueTask TriggerComplete(ITrigger trigger, IJobExecutionContext context, SchedulerInstruction triggerInstructionCode, CancellationToken cancellationToken) =>
        ValueTask.CompletedTask;

    public ValueTask TriggerRetriesExhausted(ITrigger trigger, IJobExecutionContext context, JobExecutionException exception, CancellationToken cancellationToken) =>
        ValueTask.CompletedTask;

    [LoggerMessage(EventId = 4216, Level = LogLevel.Warning, Message = "Quartz trigger {Trigger} misfired (due {DueAt}); it fires now")]
    private static partial void LogMisfire(ILogger logger, string trigger, DateTimeOffset? dueAt);
}
