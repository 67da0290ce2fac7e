using Microsoft.EntityFrameworkCore;

namespace LaiChau.Workflows.Persistence;

/// <summary>
/// Group commit (ADR 27): the batched writes of commands that arrive together on this host share one transaction.
/// The first command to arrive leads: it takes every write queued behind it, sends them as one batch on its own
/// connection and, once that batch committed, acknowledges each; meanwhile the next arrivals queue for the next group.
/// At most <see cref="MaxGroupsInFlight"/> groups are in flight. A group that fails is not fatal to its members: each
/// sends its own write again alone, so only the command at fault sees the error (a lost optimistic lock is retried
/// by the engine as usual). A command returns only after the transaction holding its write committed.
/// </summary>
public sealed class GroupCommit(int maxGroupsInFlight = 2, int maxStatementsPerGroup = 2_000)
{
    private readonly Lock _gate = new();
    private readonly Queue<Pending> _queue = new();
    private int _leaders;
    private long _groups;
    private long _writes;

    private enum Outcome
    {
        Committed,
        Lead,
        RetryAlone,
    }

    public int MaxGroupsInFlight => maxGroupsInFlight;

    /// <summary>Groups sent so far (for the load scripts: writes per group = <see cref="Writes"/> / this).</summary>
    public long Groups => Interlocked.Read(ref _groups);

    public long Writes => Interlocked.Read(ref _writes);

    /// <summary>Commits <paramref name="statements"/> (one command's write) in a group; throws what the write alone would.</summary>
    public async Task ExecuteAsync(DbContext db, IReadOnlyList<BatchStatement> statements, CancellationToken ct)
    {
        var me = new Pending(statements);
        bool lead;
        lock (_gate)
        {
            lead = _leaders < maxGroupsInFlight;
            if (lead)
            {
                _leaders++;
            }
            else
            {
                _queue.Enqueue(me);
            }
        }

        // A queued write is in someone else's group: its outcome is awaited whatever the token says, so that the
        // caller never hears "cancelled" about a write that committed.
        var outcome = lead ? Outcome.Lead : await me.Done.Task.ConfigureAwait(false);
        if (outcome == Outcome.Lead)
        {
            outcome = await LeadAsync(db, me, ct).ConfigureAwait(false);
        }

        if (outcome == Outcome.RetryAlone)
        {
            Interlocked.Increment(ref _groups);
            await BatchWriter.ExecuteAsync(db, statements, ct).ConfigureAwait(false);
        }
    }

    private async Task<Outcome> LeadAsync(DbContext db, Pending me, CancellationToken ct)
    {
        var group = new List<Pending> { me };
        var statements = new List<BatchStatement>(me.Statements);
        lock (_gate)
        {
            while (_queue.TryPeek(out var next) && statements.Count + next.Statements.Count <= maxStatementsPerGroup)
            {
                group.Add(_queue.Dequeue());
                statements.AddRange(next.Statements);
            }
        }

        Interlocked.Increment(ref _groups);
        Interlocked.Add(ref _writes, group.Count);
        try
        {
            await BatchWriter.ExecuteAsync(db, statements, group.Count == 1 ? ct : CancellationToken.None).ConfigureAwait(false);
            Settle(group, Outcome.Committed);
            return Outcome.Committed;
        }
        catch (Exception) when (group.Count > 1)
        {
            // Nothing of the group committed: each member tries its own write alone, the faulty one fails alone.
            Settle(group, Outcome.RetryAlone);
            return Outcome.RetryAlone;
        }
        finally
        {
            HandOver();
        }
    }

    private static void Settle(List<Pending> group, Outcome outcome)
    {
        for (var i = 1; i < group.Count; i++)
        {
            group[i].Done.TrySetResult(outcome);
        }
    }

    /// <summary>The next queued command leads the next group; with none queued, one fewer group is in flight.</summary>
    private void HandOver()
    {
        Pending? next;
        lock (_gate)
        {
            if (!_queue.TryDequeue(out next))
            {
                _leaders--;
            }
        }

        next?.Done.TrySetResult(Outcome.Lead);
    }

    private sealed class Pending(IReadOnlyList<BatchStatement> statements)
    {
        public IReadOnlyList<BatchStatement> Statements { get; } = statements;

        public TaskCompletionSource<Outcome> Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
