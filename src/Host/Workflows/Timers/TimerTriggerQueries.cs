using Quartz;

namespace LaiChau.Host.Workflows.Timers;

internal static class TimerTriggerQueries
{
    private const int PageSize = 5000;

    /// <summary>The slots that have a trigger in Quartz's store (any node's).</summary>
    public static async Task<HashSet<DateTimeOffset>> SlotsWithTriggersAsync(IScheduler scheduler, CancellationToken ct)
    {
        var slots = new HashSet<DateTimeOffset>();
        for (var skip = 0; ; skip += PageSize)
        {
            var page = await scheduler.QueryTriggers(
                new TriggerQuery { Group = GroupMatcher<TriggerKey>.GroupEquals(TimerTriggers.Group), Skip = skip, Take = PageSize }, ct);
            foreach (var header in page.Items)
            {
                if (TimerTriggers.SlotOf(header.Key) is { } slot)
                {
                    slots.Add(slot);
                }
            }

            if (!page.HasMore)
            {
                return slots;
            }
        }
    }
}
