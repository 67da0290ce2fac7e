namespace LaiChau.Workflows.Engine;

/// <summary>A timer a committed command opened: the scheduler wakes the engine at <see cref="DueAt"/>.</summary>
public sealed record ScheduledTimer(Guid TimerId, DateTimeOffset DueAt);

/// <summary>What one committed command did to timers: opened ones, and fired or cancelled ones.</summary>
public sealed record TimerChanges(IReadOnlyList<ScheduledTimer> Scheduled, IReadOnlyList<Guid> Removed);
