using System.Globalization;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace LaiChau.Host.Workflows.Timers;

/// <summary>
/// Degraded for an hour after a misfire on this host (timers fired late: deadlines and reminders went out late), then
/// healthy again with the count since start. Whether Quartz runs and keeps up is Quartz's own check ("scheduler").
/// </summary>
public sealed class SchedulerMisfiresHealthCheck(MisfireRecorder misfires, TimeProvider clock) : IHealthCheck
{
    public static readonly TimeSpan RecentWindow = TimeSpan.FromHours(1);

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (misfires.Last is not { } last)
        {
            return Task.FromResult(HealthCheckResult.Healthy("No timer trigger has misfired since the start."));
        }

        var ago = clock.GetUtcNow() - last.DetectedAt;
        var description = string.Create(CultureInfo.InvariantCulture,
            $"{misfires.Count} misfires since the start; the last: {last.Trigger}, due {last.DueAt:O}, found {ago.TotalMinutes:0} min ago.");
        var data = new Dictionary<string, object>
        {
            ["misfires"] = misfires.Count,
            ["lastTrigger"] = last.Trigger,
            ["lastDetectedAt"] = last.DetectedAt,
        };
        return Task.FromResult(ago < RecentWindow
            ? HealthCheckResult.Degraded(description + " Timers fired late (a host was down or busy).", data: data)
            : HealthCheckResult.Healthy(description, data));
    }
}
