using LaiChau.Workflows.Engine;
using Quartz;

namespace LaiChau.Host.Workflows.Timers;

/// <summary>One durable Quartz job fires timers; each timer is a one-shot trigger named by the timer's id.</summary>
public static class TimerTriggers
{
    public const string Group = "laichau-timers";

    public static readonly JobKey FireJob = new("fire-timer", "laichau");

    public static TriggerKey Key(Guid timerId) => new(timerId.ToString("N"), Group);

    public static Guid? TimerIdOf(TriggerKey key) =>
        key.Group == Group && Guid.TryParseExact(key.Name, "N", out var id) ? id : null;

    /// <summary>
    /// Fires once at the due instant. A due instant already past (the app was down) is not a misfire to skip:
    /// IgnoreMisfires makes the store hand it out at once, whatever the misfire threshold.
    /// </summary>
    public static ITrigger Build(ScheduledTimer timer) => TriggerBuilder.Create()
        .WithIdentity(Key(timer.TimerId))
        .ForJob(FireJob)
        .StartAt(timer.DueAt)
        .WithSimpleSchedule(s => s.WithRepeatCount(0).WithMisfireInstruction(SimpleTriggerMisfireInstruction.IgnoreMisfires))
        .Build();
}
