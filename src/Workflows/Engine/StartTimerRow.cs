using LaiChau.Workflows.Engine.Rows;
using LaiChau.Workflows.Runtime;

namespace LaiChau.Workflows.Engine;

internal static class StartTimerRow
{
    /// <summary>A timer start event's row: no instance, the definition it starts, and its cycle.</summary>
    public static TimerRow Of(Guid definitionId, EventSubscription timer, DateTimeOffset now) => new()
    {
        Id = timer.Id,
        DefinitionId = definitionId,
        ElementId = timer.ElementId,
        DueAt = timer.DueAt!.Value,
        RepetitionsLeft = timer.RepetitionsLeft,
        Interval = timer.Interval,
        CreatedAt = now,
    };

    public static EventSubscription ToSubscription(TimerRow row) => new()
    {
        Id = row.Id,
        Kind = SubscriptionKind.Timer,
        ElementInstanceId = Guid.Empty,
        ElementId = row.ElementId,
        DueAt = row.DueAt,
        RepetitionsLeft = row.RepetitionsLeft,
        Interval = row.Interval,
    };
}
