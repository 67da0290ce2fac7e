using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace LaiChau.Host.Health;

/// <summary>
/// One outgoing channel in <c>/health</c>: degraded, never unhealthy, when it cannot be reached — messages wait in their
/// jobs and are retried, while the app still takes reports. A probe runs at most once a minute (health is polled often).
/// </summary>
public sealed class OutgoingChannelHealthCheck<TProbe>(TProbe probe, TimeProvider clock) : IHealthCheck
    where TProbe : class, IOutgoingChannelProbe
{
    public static readonly TimeSpan ProbeInterval = TimeSpan.FromMinutes(1);
    private readonly SemaphoreSlim _gate = new(1, 1);
    private (ChannelProbeResult Result, DateTimeOffset At)? _last;

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_last is not { } last || clock.GetUtcNow() - last.At >= ProbeInterval)
            {
                last = (await probe.ProbeAsync(cancellationToken), clock.GetUtcNow());
                _last = last;
            }

            return new HealthCheckResult(last.Result.Reachable ? HealthStatus.Healthy : context.Registration.FailureStatus, last.Result.Description,
                data: new Dictionary<string, object> { ["probedAt"] = last.At });
        }
        finally
        {
            _gate.Release();
        }
    }
}

public static class OutgoingChannelHealthChecks
{
    public const string Tag = "channel";

    /// <summary>Adds the channel's probe and its check, named <paramref name="name"/> (e.g. <c>smtp</c>, later <c>smpp</c>).</summary>
    public static IServiceCollection AddOutgoingChannel<TProbe>(this IServiceCollection services, string name)
        where TProbe : class, IOutgoingChannelProbe
    {
        services.AddSingleton<TProbe>();
        services.AddSingleton<OutgoingChannelHealthCheck<TProbe>>(); // one instance: it keeps the last probe
        services.AddHealthChecks().AddCheck<OutgoingChannelHealthCheck<TProbe>>(name, failureStatus: HealthStatus.Degraded, tags: [Tag]);
        return services;
    }
}
