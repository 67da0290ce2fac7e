using System.ComponentModel.DataAnnotations;

namespace LaiChau.Host.Notices;

/// <summary>
/// <c>Notices:Retry</c>: how a delivery that fails is tried again (issue 17). The wait doubles from
/// <see cref="FirstDelay"/> up to <see cref="MaxDelay"/>; after <see cref="IncidentAfter"/> of failures the outage is
/// shown (health degraded, journal) while retries go on; after <see cref="Horizon"/> the delivery gives up.
/// </summary>
public sealed class NoticeRetryOptions
{
    public const string Section = "Notices:Retry";

    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan FirstDelay { get; set; } = TimeSpan.FromSeconds(30);

    [Range(typeof(TimeSpan), "00:00:01", "7.00:00:00")]
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromHours(1);

    [Range(typeof(TimeSpan), "00:00:00", "7.00:00:00")]
    public TimeSpan IncidentAfter { get; set; } = TimeSpan.FromMinutes(5);

    [Range(typeof(TimeSpan), "00:01:00", "60.00:00:00")]
    public TimeSpan Horizon { get; set; } = TimeSpan.FromDays(3);

    /// <summary>How often an idle dispatcher looks for due deliveries of other hosts (real time; the clock decides what is due).</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:10:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How long a host holds a delivery it is sending (another host takes it over after a crash).</summary>
    [Range(typeof(TimeSpan), "00:00:10", "01:00:00")]
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(5);

    public TimeSpan DelayAfter(int attempts) =>
        TimeSpan.FromTicks(Math.Min(MaxDelay.Ticks, FirstDelay.Ticks * (1L << Math.Clamp(attempts - 1, 0, 20))));
}
