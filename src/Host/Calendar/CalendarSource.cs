using LaiChau.Host.Data;
using LaiChau.Workflows.Calendar;
using Microsoft.EntityFrameworkCore;

namespace LaiChau.Host.Calendar;

/// <summary>
/// The working-day calculator built from the exceptions table. Rebuilt after an edit on this host and at most a
/// minute after an edit on another host, so timers and due dates everywhere follow the administrators' table.
/// </summary>
public sealed class CalendarSource(IServiceScopeFactory scopes, TimeProvider clock)
{
    private static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(1);
    private readonly SemaphoreSlim _gate = new(1, 1);
    // A reference, so that a reader on another thread never sees half of a replaced snapshot.
    private volatile Snapshot? _current;

    public async Task<WorkingDayCalculator> GetAsync(CancellationToken cancellationToken)
    {
        if (_current is { } current && clock.GetUtcNow() - current.LoadedAt < MaxAge)
        {
            return current.Calculator;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_current is { } fresh && clock.GetUtcNow() - fresh.LoadedAt < MaxAge)
            {
                return fresh.Calculator;
            }

            await using var scope = scopes.CreateAsyncScope();
            var rows = await scope.ServiceProvider.GetRequiredService<AppDbContext>().CalendarExceptions
                .AsNoTracking().ToListAsync(cancellationToken);
            var exceptions = rows.Select(r => r.ToException()).OrderBy(e => e.Date).ToList();
            // Unchanged exceptions keep the calculator: its years are computed once (lunar holidays, a noticeable cost
            // that every intake paid once a minute while the new calendar filled in).
            var calculator = _current?.Calculator is { } same && same.Calendar.Exceptions.SequenceEqual(exceptions)
                ? same
                : new WorkingDayCalculator(new WorkingDayCalendar(exceptions));
            _current = new Snapshot(calculator, clock.GetUtcNow());
            return calculator;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>
    /// For synchronous callers (the engine's timers and due dates, FEEL functions): the calendar loaded last, and a
    /// reload started in the background when it is older than a minute; the official decisions before the first load.
    /// </summary>
    public WorkingDayCalculator Current()
    {
        var current = _current;
        if (current is null || clock.GetUtcNow() - current.LoadedAt >= MaxAge)
        {
            _ = RefreshAsync();
        }

        return current?.Calculator ?? Official;
    }

    public void Invalidate() => _current = null;

    private static readonly WorkingDayCalculator Official = new(WorkingDayCalendar.Official);

    private async Task RefreshAsync()
    {
        try
        {
            await GetAsync(CancellationToken.None);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // The database is unreachable: the last calendar stays in use; the next call tries again.
        }
    }

    private sealed record Snapshot(WorkingDayCalculator Calculator, DateTimeOffset LoadedAt);
}
