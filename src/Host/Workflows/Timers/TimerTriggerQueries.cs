using Quartz;

namespace LaiChau.Host.Workflows.Timers;

internal static class TimerTriggerQueries
{
    private const int PageSize = 5000;

    /// <summary>The timer ids that have a trigger in Quartz's store (any node's).</summary>
    public static async Task<HashSet<Guid>> TimerIdsWithTriggersAsync(IScheduler scheduler, CancellationToken ct)
    {
        var ids = new HashSet<Guid>();
        for (var skip = 0; ; skip += PageSize)
        {
            var page = await scheduler.QueryTriggers(
                new TriggerQuery { Group = GroupMatcher<TriggerKey>.GroupEquals(TimerTriggers.Group), Skip = skip, Take = PageSize }, ct);
            foreach (var header in page.Items)
            {
                if (TimerTriggers.TimerIdOf(header.Key) is { } id)
                {
                    ids.Add(id);
                }
            }

            if (!page.HasMore)
            {
                return ids;
            }
        }
    }
}
