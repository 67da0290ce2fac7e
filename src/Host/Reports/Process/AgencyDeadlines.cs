using LaiChau.Host.Data;
using LaiChau.Host.ReferenceData;
using LaiChau.Workflows.Feel;
using Microsoft.EntityFrameworkCore;

namespace LaiChau.Host.Reports.Process;

/// <summary>
/// R7.3 "mỗi cơ quan tự quy định thời gian giải quyết, tối đa không quá 05 ngày làm việc": each agency's own limit,
/// offered to the process definitions as the FEEL function <c>agency resolution days(code)</c> (null for an unknown
/// agency, so that a definition can fall back with <c>get or else</c>). Read into memory: FEEL functions run inside a
/// command and cannot wait for the database. Reloaded after an edit on this host and at most a minute after one elsewhere.
/// </summary>
public sealed class AgencyDeadlines(IServiceScopeFactory scopes, TimeProvider clock) : Workflows.IFeelFunctionSource
{
    public const string FunctionName = "agency resolution days";

    private static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(1);
    private readonly SemaphoreSlim _gate = new(1, 1);
    private volatile Snapshot? _current;

    /// <summary>The function registered beside the built-ins and the calendar's.</summary>
    public FeelFunctions Register(FeelFunctions functions) =>
        functions.With(FunctionName, 1, 1, (args, _) =>
            args[0].Kind == FeelKind.String && Days(args[0].AsString()) is { } days ? FeelValue.Number(days) : FeelValue.Null);

    /// <summary>
    /// The agency's limit, or null when no such agency is known. Intake loads the limits before it starts a process
    /// (<see cref="EnsureLoadedAsync"/>), so this only waits for the database if nothing was ever loaded.
    /// </summary>
    public int? Days(string agency)
    {
        var current = _current;
        if (current is null)
        {
            current = Task.Run(() => LoadAsync(force: false, CancellationToken.None)).GetAwaiter().GetResult();
        }
        else if (clock.GetUtcNow() - current.LoadedAt >= MaxAge)
        {
            _ = RefreshBehindAsync();
        }

        return current.Days.TryGetValue(agency, out var days) ? days : null;
    }

    public async Task EnsureLoadedAsync(CancellationToken ct)
    {
        if (_current is null)
        {
            await LoadAsync(force: false, ct);
        }
    }

    /// <summary>After an edit on this host: the next handling that starts reads the new limit.</summary>
    public Task ReloadAsync(CancellationToken ct) => LoadAsync(force: true, ct);

    private async Task RefreshBehindAsync()
    {
        try
        {
            await LoadAsync(force: false, CancellationToken.None);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // The database is unreachable: the limits loaded last stay in use; the next call tries again.
        }
    }

    private async Task<Snapshot> LoadAsync(bool force, CancellationToken ct)
    {
        await _gate.WaitAsync(ct);
        try
        {
            if (!force && _current is { } fresh && clock.GetUtcNow() - fresh.LoadedAt < MaxAge)
            {
                return fresh;
            }

            await using var scope = scopes.CreateAsyncScope();
            var rows = await scope.ServiceProvider.GetRequiredService<AppDbContext>().Agencies.AsNoTracking()
                .Select(a => new { a.Code, a.ResolutionWorkingDays }).ToListAsync(ct);
            var snapshot = new Snapshot(rows.ToDictionary(a => a.Code, a => Math.Clamp(a.ResolutionWorkingDays, 1, AgencyRules.MaxResolutionWorkingDays), StringComparer.Ordinal), clock.GetUtcNow());
            _current = snapshot;
            return snapshot;
        }
        finally
        {
            _gate.Release();
        }
    }

    private sealed record Snapshot(Dictionary<string, int> Days, DateTimeOffset LoadedAt);
}
