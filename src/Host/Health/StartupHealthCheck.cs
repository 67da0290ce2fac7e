using LaiChau.Host.Data;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace LaiChau.Host.Health;

public sealed class StartupHealthCheck(StartupState state) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(state.Completed
            ? HealthCheckResult.Healthy("Start-up work finished.")
            : HealthCheckResult.Unhealthy("Start-up work (migrations, seed data) has not finished."));
}
