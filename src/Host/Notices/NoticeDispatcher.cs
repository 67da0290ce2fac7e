using LaiChau.Host.Data;
using LaiChau.Host.Workflows;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace LaiChau.Host.Notices;

/// <summary>
/// Sends the notice deliveries that are due (issue 17), each channel on its own task so that a slow or failing channel
/// never holds the other. Wakes when a notice is stored, else polls (other hosts' notices, back-offs). What is due is
/// decided by the injected clock; a delivery is claimed with a lease so that several hosts never send it together.
/// </summary>
public sealed partial class NoticeDispatcher(
    IServiceScopeFactory scopes, DeliveryAttempt attempt, TimeProvider clock, IOptions<NoticeRetryOptions> options,
    ILogger<NoticeDispatcher> logger) : BackgroundService, IBackgroundWork
{
    private const int Batch = 20;
    private readonly SemaphoreSlim _wake = new(0);
    private int _busy;

    public void Wake() => _wake.Release();

    /// <summary>For the workers' idle check: busy, or something due (then woken at once).</summary>
    public async Task<bool> HasWorkAsync(CancellationToken ct)
    {
        if (Volatile.Read(ref _busy) > 0)
        {
            return true;
        }

        var due = await DueIdsAsync(1, ct);
        if (due.Count > 0)
        {
            Wake();
        }

        return due.Count > 0 || Volatile.Read(ref _busy) > 0;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            bool worked;
            Interlocked.Increment(ref _busy);
            try
            {
                worked = await RunDueAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogRoundFailed(logger, e);
                worked = false;
            }
            finally
            {
                Interlocked.Decrement(ref _busy);
            }

            if (!worked)
            {
                try
                {
                    // Real time: the cadence of looking, not business time (which the clock decides).
                    await _wake.WaitAsync(options.Value.PollInterval, stoppingToken);
                }
                catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
                {
                    return;
                }
            }
        }
    }

    /// <summary>One round: every due delivery, channels side by side; true when some were tried.</summary>
    public async Task<bool> RunDueAsync(CancellationToken ct)
    {
        var due = await DueIdsAsync(Batch, ct);
        await Task.WhenAll(due.GroupBy(d => d.Channel).Select(async channel =>
        {
            foreach (var (id, _) in channel)
            {
                if (await ClaimAsync(id, ct))
                {
                    await attempt.RunAsync(id, ct);
                }
            }
        }));
        return due.Count > 0;
    }

    private async Task<List<(Guid Id, string Channel)>> DueIdsAsync(int count, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        await using var scope = scopes.CreateAsyncScope();
        var rows = await scope.ServiceProvider.GetRequiredService<AppDbContext>().NoticeDeliveries.AsNoTracking()
            .Where(d => d.State == DeliveryStates.Pending && d.NextAttemptAt <= now && (d.LeaseUntil == null || d.LeaseUntil < now))
            .OrderBy(d => d.NextAttemptAt).Take(count).Select(d => new { d.Id, d.Channel }).ToListAsync(ct);
        return [.. rows.Select(r => (r.Id, r.Channel))];
    }

    private async Task<bool> ClaimAsync(Guid id, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var until = now + options.Value.Lease;
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().NoticeDeliveries
            .Where(d => d.Id == id && d.State == DeliveryStates.Pending && (d.LeaseUntil == null || d.LeaseUntil < now))
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.LeaseUntil, until), ct) == 1;
    }

    public override void Dispose()
    {
        _wake.Dispose();
        base.Dispose();
    }

    [LoggerMessage(EventId = 4301, Level = LogLevel.Warning, Message = "A round of notice deliveries failed; the next round tries again")]
    private static partial void LogRoundFailed(ILogger logger, Exception exception);
}
