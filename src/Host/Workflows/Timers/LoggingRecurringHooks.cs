namespace LaiChau.Host.Workflows.Timers;

/// <summary>
/// The hooks until their features exist (issue 7 brings the monthly report, the media and monitoring features the
/// others): each run is logged and nothing else happens. Registered with TryAdd, so a real one replaces it.
/// </summary>
public sealed partial class LoggingRecurringHooks(ILogger<LoggingRecurringHooks> logger)
    : IMonthlyReportHook, IMediaRetentionHook, IOverdueDigestHook
{
    public Task GenerateAsync(DateOnly firstDayOfMonth, CancellationToken ct)
    {
        LogNotYet(logger, "monthly report", firstDayOfMonth.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture));
        return Task.CompletedTask;
    }

    public Task PurgeAsync(DateTimeOffset now, CancellationToken ct)
    {
        LogNotYet(logger, "media retention purge", now.ToString("O", System.Globalization.CultureInfo.InvariantCulture));
        return Task.CompletedTask;
    }

    public Task SendAsync(DateOnly day, CancellationToken ct)
    {
        LogNotYet(logger, "overdue digest", day.ToString("O", System.Globalization.CultureInfo.InvariantCulture));
        return Task.CompletedTask;
    }

    [LoggerMessage(EventId = 4221, Level = LogLevel.Information, Message = "Recurring job {Job} ran for {Period}; no implementation is registered yet")]
    private static partial void LogNotYet(ILogger logger, string job, string period);
}
