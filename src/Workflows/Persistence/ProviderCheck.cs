using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace LaiChau.Workflows.Persistence;

/// <summary>
/// Whether a context runs on PostgreSQL, decided once per provider. <c>DatabaseFacade.ProviderName</c> reads the
/// provider assembly's name on every call, and the engine asks at least once per command: that was 2.8 % of the
/// engine's CPU under load (issue 18, docs/benchmarks.md 2026-12-08).
/// </summary>
internal static class ProviderCheck
{
    public const string PostgresProvider = "Npgsql.EntityFrameworkCore.PostgreSQL";
    private static readonly ConcurrentDictionary<Type, bool> IsPostgresByProvider = new();

    public static bool IsPostgres(this DbContext db) =>
        IsPostgresByProvider.GetOrAdd(
            db.GetService<IDatabaseProvider>().GetType(), static (_, context) => context.Database.ProviderName == PostgresProvider, db);
}
