using LaiChau.Host.Security;
using LaiChau.Workflows.Persistence;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace LaiChau.Host.Data;

public static class DatabaseSetup
{
    /// <summary>Registers <see cref="AppDbContext"/> on the provider chosen by <c>Database:Provider</c>.</summary>
    public static WebApplicationBuilder AddDatabase(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        // Pooled: the engine opens a context per command, hundreds per second; a pooled one is reset, not rebuilt.
        services.AddDbContextPool<SqliteAppDbContext>((sp, options) => options
            .UseSqlite(Options(sp).SqliteConnectionString)
            .AddInterceptors(new SqliteBusyTimeout())
            .AddVersionInterceptor());
        services.AddDbContextPool<PostgresAppDbContext>((sp, options) => options
            .UseNpgsql(PostgresStatements.WithHostDefaults(Options(sp).PostgresConnectionString))
            .AddVersionInterceptor());
        services.AddScoped<AppDbContext>(sp => Options(sp).UsesPostgres
            ? sp.GetRequiredService<PostgresAppDbContext>()
            : sp.GetRequiredService<SqliteAppDbContext>());

        services.AddSingleton<StartupState>();
        services.AddHostedService<DatabaseStartup>();

        // After DatabaseStartup: hosted services start in order, and data protection reads its keys at start-up,
        // so the table must be migrated first.
        services.AddDataProtection()
            .SetApplicationName("LaiChau.Workflow")
            .PersistKeysToDbContext<AppDbContext>()
            .ProtectKeysWithConfiguredCertificate(builder.Configuration);
        services.AddSingleton<PersonalData>();
        return builder;
    }

    private static DatabaseOptions Options(IServiceProvider services) =>
        services.GetRequiredService<IOptions<DatabaseOptions>>().Value;
}
