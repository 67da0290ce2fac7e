using LaiChau.Workflows.Time;
using Quartz;

namespace LaiChau.Host.Workflows.Timers;

/// <summary>The app's recurring jobs, declared once: Quartz cron triggers in Vietnam's time zone, one run per cluster.</summary>
internal static class RecurringJobs
{
    public const string MonthlyReport = "0 0 7 1 * ?";
    public const string MediaRetention = "0 0 2 * * ?";
    public const string OverdueDigest = "0 30 7 * * ?";


    public static IQuartzBuilder AddRecurringJobs(this IQuartzBuilder q)
    {
        Schedule<MonthlyReportJob>(q, "monthly-report", MonthlyReport);
        Schedule<MediaRetentionJob>(q, "media-retention", MediaRetention);
        Schedule<OverdueDigestJob>(q, "overdue-digest", OverdueDigest);
        return q;
    }

    /// <summary>The Vietnamese calendar day of a firing (its scheduled instant, so a late firing keeps its day).</summary>
    public static DateOnly VietnamDay(IJobExecutionContext context) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(context.ScheduledFireTimeUtc ?? context.FireTimeUtc, VietnamTime.Zone).DateTime);

    private static void Schedule<TJob>(IQuartzBuilder q, string name, string cron)
        where TJob : class, IJob =>
        q.ScheduleJob<TJob>(
            trigger => trigger.WithIdentity(name, "laichau-recurring").WithCronSchedule(cron, c => c.InTimeZone(VietnamTime.Zone)),
            job => job.WithIdentity(name, "laichau-recurring").DisallowConcurrentExecution());
}

/// <summary>The report of the month before the firing's month.</summary>
[DisallowConcurrentExecution]
public sealed class MonthlyReportJob(IMonthlyReportHook hook) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        var day = RecurringJobs.VietnamDay(context);
        await hook.GenerateAsync(new DateOnly(day.Year, day.Month, 1).AddMonths(-1), cancellationToken);
    }
}

[DisallowConcurrentExecution]
public sealed class MediaRetentionJob(IMediaRetentionHook hook, TimeProvider clock) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default) =>
        await hook.PurgeAsync(clock.GetUtcNow(), cancellationToken);
}

[DisallowConcurrentExecution]
public sealed class OverdueDigestJob(IOverdueDigestHook hook) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default) =>
        await hook.SendAsync(RecurringJobs.VietnamDay(context), cancellationToken);
}
