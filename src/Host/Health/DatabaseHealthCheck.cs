using LaiChau.Host.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace LaiChau.Host.Health;

/// <summary>Healthy when the database answers and every migration of the provider is applied.</summary>
public sealed class DatabaseHealthCheck(AppDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var provider = db is PostgresAppDbContext ? DatabaseOptions.Postgres : DatabaseOptions.Sqlite;
        try
        {
            if (!await db.Database.CanConnectAsync(cancellationToken))
            {
                return HealthCheckResult.Unhealthy($"{provider} database cannot be reached.");
            }

            var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
            return pending.Count == 0
                ? HealthCheckResult.Healthy($"{provider} database reachable; all migrations applied.")
                : HealthCheckResult.Unhealthy($"{provider} database lacks migrations: {string.Join(", ", pending)}.");
        }
        catch (Exception ex) when (ex is System.Data.Common.DbException or InvalidOperationException)
        {
            return HealthCheckResult.Unhealthy($"{provider} database error: {ex.GetType().Name}.");
        }
    }
}
