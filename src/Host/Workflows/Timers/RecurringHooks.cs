namespace LaiChau.Host.Workflows.Timers;

/// <summary>Run on the 1st of each month at 07:00 (Vietnam) for the month before; issue 7 (reporting) implements it.</summary>
public interface IMonthlyReportHook
{
    Task GenerateAsync(DateOnly firstDayOfMonth, CancellationToken ct);
}

/// <summary>Run daily at 02:00 (Vietnam): deletes media past their retention period; the media feature implements it.</summary>
public interface IMediaRetentionHook
{
    Task PurgeAsync(DateTimeOffset now, CancellationToken ct);
}

/// <summary>Run daily at 07:30 (Vietnam): the digest of overdue reports for the monitoring centre; the monitoring feature implements it.</summary>
public interface IOverdueDigestHook
{
    Task SendAsync(DateOnly day, CancellationToken ct);
}
