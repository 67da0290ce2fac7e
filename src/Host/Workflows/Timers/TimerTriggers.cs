using LaiChau.Workflows.Engine;
using Quartz;

namespace LaiChau.Host.Workflows.Timers;

/// <summary>
/// One durable Quartz job fires timers. Each trigger is the alarm of one slot — the timers due within one millisecond,
/// in practice one instant — named by the slot's start, and it fires at the slot's earliest pending instant (ADR 8,
/// amendment). Timers due at one instant share one trigger, so a burst is one Quartz firing, drained by one job in
/// its own lane, and a timer due even a millisecond later has its own trigger that does not queue behind it. (A
/// one-second slot was measured first: the timers due in the burst's second waited behind the whole burst.)
/// </summary>
public static class TimerTriggers
{
    /// <summary>Slot triggers; named by the slot's start in Unix milliseconds.</summary>
    public const string Group = "laichau-timer-slots";

    /// <summary>One trigger per timer, as before slots: still fired (the timer alone) when a store holds some.</summary>
    public const string LegacyGroup = "laichau-timers";

    public static readonly TimeSpan SlotWidth = TimeSpan.FromMilliseconds(1);

    /// <summary>
    /// What a slot's firing covers beyond its width: PostgreSQL keeps microseconds, rounding the 100 ns ticks of a
    /// due instant by up to half a microsecond, which can carry a row over into the next slot.
    /// </summary>
    public static readonly TimeSpan StoreRounding = TimeSpan.FromMicroseconds(1);

    /// <summary>The due instants a slot's firing covers (the next slot's first microsecond too, see <see cref="StoreRounding"/>).</summary>
    public static (DateTimeOffset From, DateTimeOffset To) Range(DateTimeOffset slot) => (slot, slot + SlotWidth + StoreRounding);

    public static readonly JobKey FireJob = new("fire-timer", "laichau");

    /// <summary>The start of the slot holding <paramref name="dueAt"/> (whole Unix milliseconds round down).</summary>
    public static DateTimeOffset SlotOf(DateTimeOffset dueAt) => DateTimeOffset.FromUnixTimeMilliseconds(dueAt.ToUnixTimeMilliseconds());

    public static TriggerKey Key(DateTimeOffset dueAt) =>
        new(SlotOf(dueAt).ToUnixTimeMilliseconds().ToString(System.Globalization.CultureInfo.InvariantCulture), Group);

    /// <summary>The slot a trigger is the alarm of, or null for another trigger.</summary>
    public static DateTimeOffset? SlotOf(TriggerKey key) =>
        key.Group == Group && long.TryParse(key.Name, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var milliseconds)
            ? DateTimeOffset.FromUnixTimeMilliseconds(milliseconds)
            : null;

    public static Guid? LegacyTimerIdOf(TriggerKey key) =>
        key.Group == LegacyGroup && Guid.TryParseExact(key.Name, "N", out var id) ? id : null;

    /// <summary>
    /// The slot's alarm at <paramref name="at"/>; scheduled with <see cref="TriggerConflict.KeepEarlier"/>, so of the
    /// slot's timers the earliest sets it. An instant already past (the app was down) is not a misfire to skip:
    /// IgnoreMisfires makes the store hand it out at once, whatever the misfire threshold.
    /// </summary>
    public static ITrigger Build(DateTimeOffset at) => TriggerBuilder.Create()
        .WithIdentity(Key(at))
        .ForJob(FireJob)
        .StartAt(at)
        .WithSimpleSchedule(s => s.WithRepeatCount(0).WithMisfireInstruction(SimpleTriggerMisfireInstruction.IgnoreMisfires))
        .Build();

    public static ITrigger Build(ScheduledTimer timer) => Build(timer.DueAt);
}
