using Quartz;

namespace LaiChau.Host.Workflows.Timers;

internal static class RecurringJobs
{
    public static IQuartzBuilder AddRecurringJobs(this IQuartzBuilder q) => q;
}
