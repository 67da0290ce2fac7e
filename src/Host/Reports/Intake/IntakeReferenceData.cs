using LaiChau.Host.Data;
using LaiChau.Host.ReferenceData;
using Microsoft.EntityFrameworkCore;

namespace LaiChau.Host.Reports.Intake;

/// <summary>
/// The reference data every intake reads — active categories (R5.2) and the agencies ready to lead (R6, R12.1) — kept
/// in memory: dropped at once when an administrator edits categories or agencies on this host, reloaded after at most
/// <see cref="MaxAge"/> when the edit was made on another host.
/// </summary>
public sealed class IntakeReferenceData(IServiceScopeFactory scopes, TimeProvider clock)
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(1);
    private readonly SemaphoreSlim _gate = new(1, 1);
    private volatile Snapshot? _current;
    private int _generation;

    /// <summary>The active category with this code, or null.</summary>
    public async Task<CategoryRow?> ActiveCategoryAsync(string code, CancellationToken ct) =>
        (await CurrentAsync(ct)).Categories.GetValueOrDefault(code);

    /// <summary>Active with exactly one focal leader (R12.1): able to take reports.</summary>
    public async Task<bool> IsReadyAsync(string agencyCode, CancellationToken ct) =>
        (await CurrentAsync(ct)).ReadyAgencies.Contains(agencyCode);

    public void Invalidate()
    {
        Interlocked.Increment(ref _generation);
        _current = null;
    }

    private async Task<Snapshot> CurrentAsync(CancellationToken ct)
    {
        if (_current is { } current && clock.GetUtcNow() - current.LoadedAt < MaxAge)
        {
            return current;
        }

        await _gate.WaitAsync(ct);
        try
        {
            if (_current is { } fresh && clock.GetUtcNow() - fresh.LoadedAt < MaxAge)
            {
                return fresh;
            }

            // An edit committed while this loads bumps the generation: the snapshot is then used once, not kept.
            var generation = Volatile.Read(ref _generation);
            var loadedAt = clock.GetUtcNow();
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var categories = await db.Categories.AsNoTracking().Where(c => c.Active).ToDictionaryAsync(c => c.Code, StringComparer.Ordinal, ct);
            var ready = await db.Agencies.AsNoTracking().Where(AgencyRules.IsReady)
                .Select(a => a.Code).ToListAsync(ct);
            var snapshot = new Snapshot(categories, ready.ToHashSet(StringComparer.Ordinal), loadedAt);
            if (generation == Volatile.Read(ref _generation))
            {
                _current = snapshot;
            }

            return snapshot;
        }
        finally
        {
            _gate.Release();
        }
    }

    private sealed record Snapshot(Dictionary<string, CategoryRow> Categories, HashSet<string> ReadyAgencies, DateTimeOffset LoadedAt);
}
