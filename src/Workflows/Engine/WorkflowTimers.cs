using LaiChau.Workflows.Engine.Rows;
using Microsoft.EntityFrameworkCore;

namespace LaiChau.Workflows.Engine;

/// <summary>What firing one slot of timers did: how many fired, which failed, and the slot's next due instant.</summary>
public sealed record SlotFiring(int Fired, IReadOnlyList<Guid> Failed, DateTimeOffset? NextDue);

/// <summary>
/// Timers fired by slot (ADR 8, amendment): the scheduler keeps one alarm per slot of due instants, and that alarm
/// fires every timer of its slot that is due, several side by side — so a burst due at one instant drains in its own
/// lane and never delays a slot due after it.
/// Each timer fires through its one command, <see cref="FireTimerAsync"/> (run like every command of the engine); the
/// rest reads the timer rows (for the scheduler's start-up pass, the safety net and "wait until idle").
/// </summary>
public sealed class WorkflowTimers : WorkflowEnginePart
{
    private const int SlotPage = 500;

    public WorkflowTimers(WorkflowEngine engine)
        : base((engine ?? throw new ArgumentNullException(nameof(engine))).Runner)
    {
    }

    /// <summary>
    /// Fires one timer. Idempotent: a timer already fired, cancelled, or whose instance ended is a no-op (false).
    /// </summary>
    public Task<bool> FireTimerAsync(Guid timerId, CancellationToken ct = default) =>
        Runner.RunAsync(async unit =>
        {
            var timer = await unit.Db.Set<TimerRow>().AsNoTracking().FirstOrDefaultAsync(t => t.Id == timerId, ct);
            if (timer is { InstanceId: null, DefinitionId: { } definitionId })
            {
                return await FireStartTimerAsync(unit, timer, definitionId, ct);
            }

            if (timer?.InstanceId is not { } instanceId)
            {
                return false;
            }

            var instance = await unit.LoadAsync(instanceId, ct);
            var events = instance.Row.State == InstanceState.Active ? Services.Semantics.FireTimer(instance.State, timerId) : [];
            if (events.Count == 0)
            {
                // The semantics no longer know it: a stale row (never expected, since every end cancels its timers).
                await unit.Db.Set<TimerRow>().Where(t => t.Id == timerId).ExecuteDeleteAsync(ct);
                return false;
            }

            await unit.ApplyAsync(instance, events, ct);
            return true;
        }, ct);

    /// <summary>
    /// A timer start event fired: its row is taken first (a concurrent firing on another host finds nothing and
    /// stops), an instance starts there, and a cycle's next timer is scheduled — all in one transaction.
    /// </summary>
    private async Task<bool> FireStartTimerAsync(CommandUnit unit, TimerRow timer, Guid definitionId, CancellationToken ct)
    {
        await unit.BeginTransactionAsync(ct);
        var taken = await unit.Db.Set<TimerRow>().Where(t => t.Id == timer.Id).ExecuteDeleteAsync(ct);
        if (taken == 0)
        {
            return false;
        }

        var process = await Services.Definitions.GetAsync(unit.Db, definitionId, ct);
        await unit.StartAsync(process, new Dictionary<string, Feel.FeelValue>(), businessKey: null, parent: null, ct, timer.ElementId);
        if (Services.Semantics.NextStartTimer(process.Model, StartTimerRow.ToSubscription(timer)) is { } next)
        {
            unit.Db.Add(StartTimerRow.Of(definitionId, next, unit.Now));
        }

        return true;
    }

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
        var now = Services.Clock.GetUtcNow();
        await using var session = Database.Open();
        return await session.Context.Set<TimerRow>().AsNoTracking()
            .Where(t => t.DueAt >= from && t.DueAt < to && t.DueAt > now)
            .OrderBy(t => t.DueAt)
            .Select(t => (DateTimeOffset?)t.DueAt)
            .FirstOrDefaultAsync(ct);
    }

    /// <summary>The earliest pending instant in [<paramref name="from"/>, <paramref name="to"/>), due or not; null when the slot is empty.</summary>
    public async Task<DateTimeOffset?> EarliestInSlotAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken ct = default)
    {
        await using var session = Database.Open();
        return await session.Context.Set<TimerRow>().AsNoTracking()
            .Where(t => t.DueAt >= from && t.DueAt < to)
            .OrderBy(t => t.DueAt)
            .Select(t => (DateTimeOffset?)t.DueAt)
            .FirstOrDefaultAsync(ct);
    }

    private async Task<List<Guid>> DueInSlotAsync(DateTimeOffset from, DateTimeOffset to, List<Guid> skip, CancellationToken ct)
    {
        var now = Services.Clock.GetUtcNow();
        await using var session = Database.Open();
        return await session.Context.Set<TimerRow>().AsNoTracking()
            .Where(t => t.DueAt >= from && t.DueAt < to && t.DueAt <= now && !skip.Contains(t.Id))
            .OrderBy(t => t.DueAt).ThenBy(t => t.Id)
            .Select(t => t.Id)
            .Take(SlotPage).ToListAsync(ct);
    }

    /// <summary>Fires every timer due by now, oldest first, one command each; returns how many fired.</summary>
    public async Task<int> FireDueTimersAsync(CancellationToken ct = default)
    {
        var fired = 0;
        while (true)
        {
            var now = Services.Clock.GetUtcNow();
            List<Guid> due;
            await using (var session = Database.Open())
            {
                due = await session.Context.Set<TimerRow>().AsNoTracking()
                    .Where(t => t.DueAt <= now)
                    .OrderBy(t => t.DueAt).ThenBy(t => t.Id)
                    .Select(t => t.Id).Take(500).ToListAsync(ct);
            }

            if (due.Count == 0)
            {
                return fired;
            }

            foreach (var id in due)
            {
                fired += await FireTimerAsync(id, ct) ? 1 : 0;
            }
        }
    }

    /// <summary>Whether a timer is due now (for "wait until idle").</summary>
    public async Task<bool> HasDueTimersAsync(CancellationToken ct = default)
    {
        var now = Services.Clock.GetUtcNow();
        await using var session = Database.Open();
        return await session.Context.Set<TimerRow>().AnyAsync(t => t.DueAt <= now, ct);
    }

    /// <summary>Every pending instance timer (two narrow columns; the scheduler's start-up pass re-arms their triggers).</summary>
    public async Task<IReadOnlyList<ScheduledTimer>> ListPendingTimersAsync(CancellationToken ct = default)
    {
        await using var session = Database.Open();
        return await session.Context.Set<TimerRow>().AsNoTracking()
            .Select(t => new ScheduledTimer(t.Id, t.DueAt))
            .ToListAsync(ct);
    }
}
