using LaiChau.Workflows.Engine.Rows;
using Microsoft.EntityFrameworkCore;

namespace LaiChau.Workflows.Engine;

/// <summary>What firing one slot of timers did: how many fired, which failed, and the slot's next due instant.</summary>
public sealed record SlotFiring(int Fired, IReadOnlyList<Guid> Failed, DateTimeOffset? NextDue);

/// <summary>
/// Timers fired by slot (ADR 8, amendment): the scheduler keeps one alarm per slot of due instants, and that alarm
/// fires every timer of its slot that is due, several side by side — so a burst due at one instant drains in its own
/// lane and never delays a slot due after it.
/// </summary>
public sealed partial class WorkflowEngine
{
    private const int SlotPage = 500;

    /// <summary>
    /// Fires every timer due by now whose instant lies in [<paramref name="from"/>, <paramref name="to"/>), in due order
    /// by pages, up to <paramref name="parallelism"/> commands at once (one command per timer, so each stays
    /// idempotent on its own). A timer that throws is skipped (the safety-net poll retries it). <paramref name="gate"/>,
    /// when given, is a limit shared with the other slots firing at once, so that together they stay within it. <see cref="SlotFiring.NextDue"/> is the slot's earliest instant still ahead.
    /// </summary>
    public async Task<SlotFiring> FireSlotAsync(
        DateTimeOffset from, DateTimeOffset to, int parallelism, SemaphoreSlim? gate = null, CancellationToken ct = default)
    {
        var fired = 0;
        var failed = new System.Collections.Concurrent.ConcurrentDictionary<Guid, bool>();
        while (true)
        {
            // Each firing deletes its row (or finds it gone), so the query moves on; a timer that threw is left out,
            // or it would come back forever.
            var due = await DueInSlotAsync(from, to, [.. failed.Keys], ct);
            if (due.Count == 0)
            {
                break;
            }

            await Parallel.ForEachAsync(
                due, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, parallelism), CancellationToken = ct }, async (timerId, token) =>
                {
                    if (gate is not null)
                    {
                        await gate.WaitAsync(token);
                    }

                    try
                    {
                        if (await FireTimerAsync(timerId, token))
                        {
                            Interlocked.Increment(ref fired);
                        }
                    }
                    catch (Exception) when (!token.IsCancellationRequested)
                    {
                        failed[timerId] = true;
                    }
                    finally
                    {
                        gate?.Release();
                    }
                });
        }

        return new SlotFiring(fired, [.. failed.Keys], await NextDueInSlotAsync(from, to, ct));
    }

    /// <summary>The earliest instant in [<paramref name="from"/>, <paramref name="to"/>) still ahead of now (after a firing).</summary>
    public async Task<DateTimeOffset?> NextDueInSlotAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken ct = default)
    {
        var now = Clock.GetUtcNow();
        await using var session = _database.Open();
        return await session.Context.Set<TimerRow>().AsNoTracking()
            .Where(t => t.DueAt >= from && t.DueAt < to && t.DueAt > now)
            .OrderBy(t => t.DueAt)
            .Select(t => (DateTimeOffset?)t.DueAt)
            .FirstOrDefaultAsync(ct);
    }

    /// <summary>The earliest pending instant in [<paramref name="from"/>, <paramref name="to"/>), due or not; null when the slot is empty.</summary>
    public async Task<DateTimeOffset?> EarliestInSlotAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken ct = default)
    {
        await using var session = _database.Open();
        return await session.Context.Set<TimerRow>().AsNoTracking()
            .Where(t => t.DueAt >= from && t.DueAt < to)
            .OrderBy(t => t.DueAt)
            .Select(t => (DateTimeOffset?)t.DueAt)
            .FirstOrDefaultAsync(ct);
    }

    private async Task<List<Guid>> DueInSlotAsync(DateTimeOffset from, DateTimeOffset to, List<Guid> skip, CancellationToken ct)
    {
        var now = Clock.GetUtcNow();
        await using var session = _database.Open();
        return await session.Context.Set<TimerRow>().AsNoTracking()
            .Where(t => t.DueAt >= from && t.DueAt < to && t.DueAt <= now && !skip.Contains(t.Id))
            .OrderBy(t => t.DueAt).ThenBy(t => t.Id)
            .Select(t => t.Id)
            .Take(SlotPage).ToListAsync(ct);
    }
}
