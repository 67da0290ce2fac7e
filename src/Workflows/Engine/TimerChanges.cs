namespace LaiChau.Workflows.Engine;

/// <summary>A timer a committed command opened: the scheduler wakes the engine at <see cref="DueAt"/>.</summary>
public sealed record ScheduledTimer(Guid TimerId, DateTimeOffset DueAt);

/// <summary>
/// What one committed command did to timers: opened ones, fired or cancelled ones (<see cref="Removed"/>), and of
/// those the ones whose due instant the command knew (<see cref="RemovedDue"/>: the cancelled ones, so the scheduler
/// finds the alarm they shared with other timers due in the same second).
/// </summary>
public sealed record TimerChanges(IReadOnlyList<ScheduledTimer> Scheduled, IReadOnlyList<Guid> Removed)
{
    public IReadOnlyList<ScheduledTimer> RemovedDue { get; init; } = [];
}
