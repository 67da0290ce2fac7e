using LaiChau.Host.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace LaiChau.Host.Notices;

/// <summary>
/// <c>notices</c> in <c>/health</c> (issue 17): degraded while deliveries have been failing past
/// <c>Notices:Retry:IncidentAfter</c> — the outage is visible while the retries go on — and healthy again once they are sent.
/// </summary>
public sealed class NoticeDeliveriesHealthCheck(IServiceScopeFactory scopes) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var late = await scope.ServiceProvider.GetRequiredService<AppDbContext>().NoticeDeliveries.AsNoTracking()
            .Where(d => d.State == DeliveryStates.Pending && d.IncidentAt != null)
            .GroupBy(d => d.Channel).Select(g => new { Channel = g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        if (late.Count == 0)
        {
            return HealthCheckResult.Healthy("No notice delivery is late.");
        }

        var data = late.ToDictionary(l => l.Channel, l => (object)l.Count);
        return new HealthCheckResult(context.Registration.FailureStatus,
            $"Notices waiting for a channel that keeps failing: {string.Join(", ", late.Select(l => $"{l.Count} by {l.Channel}"))}; retried with back-off.", data: data);
    }
}
