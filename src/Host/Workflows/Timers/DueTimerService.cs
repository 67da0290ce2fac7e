using LaiChau.Workflows.Engine;
using Microsoft.Extensions.Options;

namespace LaiChau.Host.Workflows.Timers;

/// <summary>
/// The safety net behind Quartz: every <c>Workflows:Timers:SafetyNetInterval</c> (real time) this host fires what is
/// due by a query. Quartz fires at the instant; this only catches a trigger lost between a commit and its
/// scheduling, or one whose firing failed. Firing is idempotent, so it may race Quartz and other hosts.
/// </summary>
public sealed partial class DueTimerService(
    WorkflowTimers timers,
    WorkerActivity activity,
    IOptions<JobWorkerOptions> workers,
    IOptions<TimerOptions> options,
    ILogger<DueTimerService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!workers.Value.Enabled)
        {
            return;
        }

        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                // Real time: the cadence of this check, not business time.
                await Task.Delay(options.Value.SafetyNetInterval, TimeProvider.System, stoppingToken);
                using (activity.Begin())
                {
                    try
                    {
                        var fired = await timers.FireDueTimersAsync(stoppingToken);
                        if (fired > 0)
                        {
                            LogCaught(logger, fired);
                        }
                    }
                    catch (Exception e) when (e is not OperationCanceledException)
                    {
                        LogFiringFailed(logger, e);
                    }
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // stopping
        }
    }

    [LoggerMessage(EventId = 4201, Level = LogLevel.Warning, Message = "Firing due timers failed; retrying at the next poll")]
    private static partial void LogFiringFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 4202, Level = LogLevel.Information, Message = "The safety-net poll fired {Count} timers that Quartz had not")]
    private static partial void LogCaught(ILogger logger, int count);
}
