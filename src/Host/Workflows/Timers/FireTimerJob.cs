using LaiChau.Workflows.Engine;
using Quartz;

namespace LaiChau.Host.Workflows.Timers;

/// <summary>
/// A timer's trigger fired: the engine fires the timer by command. Idempotent, so a trigger that outlived its timer
/// (fired by the safety net, cancelled by another host) or fires twice after a node's recovery is a no-op.
/// </summary>
public sealed partial class FireTimerJob(WorkflowEngine engine, WorkerActivity activity, ILogger<FireTimerJob> logger) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        if (TimerTriggers.TimerIdOf(context.Trigger.Key) is not { } timerId)
        {
            return;
        }

        using (activity.Begin())
        {
            var fired = await engine.FireTimerAsync(timerId, cancellationToken);
            LogFired(logger, timerId, fired);
        }
    }

    [LoggerMessage(EventId = 4211, Level = LogLevel.Debug, Message = "Timer {TimerId} trigger fired (timer consumed: {Fired})")]
    private static partial void LogFired(ILogger logger, Guid timerId, bool fired);
}
