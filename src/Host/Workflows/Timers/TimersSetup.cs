using System.Data.Common;
using LaiChau.Host.Data;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Npgsql;
using Quartz;

namespace LaiChau.Host.Workflows.Timers;

public static class TimersSetup
{
    private const string DataSourceKey = "quartz";

    /// <summary>
    /// Quartz on the app's database (its own QRTZ_ tables, created at start; clustered on PostgreSQL) wakes timers at
    /// their instant; a slow poll catches what it missed. Quartz takes the container's <see cref="TimeProvider"/>.
    /// </summary>
    public static WebApplicationBuilder AddTimers(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<TimerOptions>().BindConfiguration(TimerOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        // The provider decides the store's dialect when Quartz is configured, before any option is resolved.
        var postgres = string.Equals(
            builder.Configuration[$"{DatabaseOptions.Section}:{nameof(DatabaseOptions.Provider)}"], DatabaseOptions.Postgres, StringComparison.OrdinalIgnoreCase);
        // A container singleton, so the connection pool closes with the host (a pool per host, never disposed,
        // exhausted PostgreSQL's connections in the test suite).
        services.AddKeyedSingleton<DbDataSource>(DataSourceKey, (sp, _) => postgres
            ? NpgsqlDataSource.Create(Database(sp).PostgresConnectionString!)
            : SqliteFactory.Instance.CreateDataSource(Database(sp).SqliteConnectionString!));
        // Read here because Quartz builds its pool from it; ValidateOnStart reports a value out of range.
        var concurrency = Math.Clamp(builder.Configuration.GetValue($"{TimerOptions.Section}:{nameof(TimerOptions.Concurrency)}", new TimerOptions().Concurrency), 1, 256);
        services.AddQuartz(q =>
        {
            q.UseDefaultThreadPool(concurrency);
            // RequestRecovery: a slot's one firing may carry a whole burst; if its node dies mid-way, Quartz fires it
            // again (on another node when clustered, else at restart) instead of leaving the rest to the safety net.
            q.AddJob<FireTimerJob>(job => job.WithIdentity(TimerTriggers.FireJob).StoreDurably().RequestRecovery());
            q.AddRecurringJobs();
            q.AddTriggerListener(sp => sp.GetRequiredService<MisfireRecorder>(), [GroupMatcher<TriggerKey>.AnyGroup()]);
            q.UsePersistentStore(store =>
            {
                store.ProvisionSchema();
                if (postgres)
                {
                    store.UsePostgres(o => o.DataSourceServiceKey = DataSourceKey);
                    store.UseClustering();
                }
                else
                {
                    store.UseSqlite(o => o.DataSourceServiceKey = DataSourceKey);
                }
            });
        });
        // After DatabaseStartup (hosted services start in order): the PostgreSQL database exists by then.
        services.AddQuartzHostedService(o =>
        {
            o.WaitForJobsToComplete = true;
            o.AwaitApplicationStarted = false;
        });
        services.TryAddSingleton<LoggingRecurringHooks>();
        services.TryAddSingleton<IMonthlyReportHook>(sp => sp.GetRequiredService<LoggingRecurringHooks>());
        services.TryAddSingleton<IMediaRetentionHook>(sp => sp.GetRequiredService<LoggingRecurringHooks>());
        services.TryAddSingleton<IOverdueDigestHook>(sp => sp.GetRequiredService<LoggingRecurringHooks>());
        services.AddSingleton<MisfireRecorder>();
        // /health: Quartz's own check (running, store reachable, cluster check-in, triggers overdue by 3 misfire
        // thresholds: degraded, by 6: unhealthy) and this host's recent misfires.
        services.AddHealthChecks()
            .AddQuartz(o =>
            {
                o.Name = "scheduler";
                o.StaleFiringTolerance = 3;
            })
            .AddCheck<SchedulerMisfiresHealthCheck>("scheduler-misfires");
        services.AddSingleton<TimerFiringGate>();
        services.AddSingleton<TimerTriggerService>();
        services.AddHostedService(sp => sp.GetRequiredService<TimerTriggerService>());
        services.AddHostedService<DueTimerService>();
        return builder;
    }

    private static DatabaseOptions Database(IServiceProvider services) =>
        services.GetRequiredService<IOptions<DatabaseOptions>>().Value;
}
