using LaiChau.Workflows.Engine;
using Microsoft.Extensions.Options;

namespace LaiChau.Host.Workflows;

/// <summary>
/// Fires due timers every poll interval (<c>Workflows:Workers:PollInterval</c>). The timer rows are the truth
/// and firing is idempotent, so several hosts may poll the same database. Issue 5 puts Quartz triggers in front of
/// this (exact instants, clustering); until then a timer fires within one poll interval of its due instant.
/// </summary>
public sealed partial class DueTimerService(
    WorkflowEngine engine, WorkerActivity activity, IOptions<JobWorkerOptions> options, ILogger<DueTimerService> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                using (activity.Begin())
                {
                    try
                    {
                        await engine.FireDueTimersAsync(stoppingToken);
                    }
                    catch (Exception e) when (e is not OperationCanceledException)
                    {
                        LogFiringFailed(logger, e);
                    }
                }

                // Real time: the poll cadence of this host, not business time.
                await Task.Delay(options.Value.PollInterval, TimeProvider.System, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // stopping
        }
    }

    [LoggerMessage(EventId = 4201, Level = LogLevel.Warning, Message = "Firing due timers failed; retrying at the next poll")]
    private static partial void LogFiringFailed(ILogger logger, Exception exception);
}
