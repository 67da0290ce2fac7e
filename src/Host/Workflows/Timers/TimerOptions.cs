using System.ComponentModel.DataAnnotations;

namespace LaiChau.Host.Workflows.Timers;

/// <summary><c>Workflows:Timers</c>: the Quartz triggers that wake timers, and the slow poll behind them.</summary>
public sealed class TimerOptions
{
    public const string Section = "Workflows:Timers";

    /// <summary>
    /// How often every host also fires what is due by a query (a trigger lost between a commit and its scheduling,
    /// or a Quartz outage); Quartz fires at the due instant, this only catches what it missed.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00", ErrorMessage = "Workflows:Timers:SafetyNetInterval must be between 1 second and 1 day.")]
    public TimeSpan SafetyNetInterval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// How many slots this host's Quartz fires side by side (its threads), and how many timers one slot fires side by
    /// side (each is one engine command): a burst due at one instant takes one thread, the others stay free for later slots.
    /// </summary>
    [Range(1, 256, ErrorMessage = "Workflows:Timers:Concurrency must be between 1 and 256.")]
    public int Concurrency { get; set; } = 16;
}
