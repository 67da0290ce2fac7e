using System.Text.Json;
using LaiChau.Workflows.Engine.Rows;
using LaiChau.Workflows.Model;
using LaiChau.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;

namespace LaiChau.Workflows.Engine;

/// <summary>Events → rows: jobs, user tasks, incidents, the instance row, and one journal entry per event.</summary>
internal sealed partial class CommandUnit
{
    /// <summary>True once this unit created a job: the engine then wakes its workers after the commit.</summary>
    public bool JobsCreated { get; private set; }

    /// <summary>A job became fetchable again (an incident retried): wake the workers as for a new one.</summary>
    public void MarkJobsCreated() => JobsCreated = true;

    /// <summary>Timers opened by this unit and not closed by it again, for the scheduler after the commit.</summary>
    public IReadOnlyList<ScheduledTimer> TimersScheduled => [.. _timersScheduled.Values];

    /// <summary>Timers fired or cancelled by this unit: their triggers can go.</summary>
    public IReadOnlyList<Guid> TimersRemoved => _timersRemoved;

    /// <summary>Of <see cref="TimersRemoved"/>, the cancelled ones with their due instants.</summary>
    public IReadOnlyList<ScheduledTimer> TimersRemovedDue => _timersRemovedDue;

    public async Task ApplyAsync(InstanceAggregate aggregate, IReadOnlyList<RuntimeEvent> events, CancellationToken ct)
    {
        foreach (var e in events)
        {
            Journal(aggregate, e);
            switch (e)
            {
                case JobCreated job:
                    AddJob(aggregate, job);
                    break;
                case UserTaskCreated task:
                    await AddUserTaskAsync(aggregate, task, ct);
                    break;
                case ElementCompleted done:
                    EndWait(aggregate, done.ElementInstanceId, done.ElementId, UserTaskState.Completed);
                    break;
                case ElementTerminated gone:
                    EndWait(aggregate, gone.ElementInstanceId, gone.ElementId, UserTaskState.Canceled);
                    ResolveIncidentsOf(aggregate, gone.ElementInstanceId);
                    if (aggregate.Process.Model.FindNode(gone.ElementId) is CallActivity)
                    {
                        _callsEnded.Add(gone.ElementInstanceId);
                    }

                    break;
                case CallActivityStarted call:
                    _calls.Add((aggregate, call));
                    break;
                case ElementMigrated moved:
                    MoveRows(moved);
                    break;
                case IncidentRaised incident:
                    var step = aggregate.State.FindElementInstance(incident.ElementInstanceId)?.Incident;
                    AddIncident(
                        aggregate,
                        incident.ElementInstanceId,
                        step == IncidentStep.JobError ? IncidentKind.UnhandledError : IncidentKind.Expression,
                        incident.Reason,
                        jobId: null);
                    break;
                case IncidentResolved resolved:
                    ResolveIncidentsOf(aggregate, resolved.ElementInstanceId);
                    break;
                case TimerScheduled timer:
                    db.Add(new TimerRow
                    {
                        Id = timer.TimerId,
                        InstanceId = aggregate.Id,
                        ElementInstanceId = timer.ElementInstanceId,
                        ElementId = timer.ElementId,
                        DueAt = timer.DueAt,
                        CreatedAt = timer.At,
                    });
                    _timersScheduled[timer.TimerId] = new ScheduledTimer(timer.TimerId, timer.DueAt);
                    break;
                case TimerFired or TimerCancelled:
                    var timerId = e is TimerFired fired ? fired.TimerId : ((TimerCancelled)e).TimerId;
                    RemoveTimer(timerId, cancelled: e is TimerCancelled);
                    _timersScheduled.Remove(timerId);
                    _timersRemoved.Add(timerId);
                    break;
                case MessageSubscriptionOpened opened:
                    db.Add(new MessageSubscriptionRow
                    {
                        Id = opened.SubscriptionId,
                        InstanceId = aggregate.Id,
                        ElementInstanceId = opened.ElementInstanceId,
                        ElementId = opened.ElementId,
                        MessageName = opened.MessageName,
                        CorrelationKey = opened.CorrelationKey,
                        CreatedAt = opened.At,
                    });
                    _openedSubscriptions.Add((aggregate, opened));
                    break;
                case MessageSubscriptionClosed closed:
                    RemoveSubscription(closed.SubscriptionId);
                    break;
                case MessageCorrelated correlated:
                    RemoveSubscription(correlated.SubscriptionId);
                    break;
                case InstanceCompleted:
                    End(aggregate, InstanceState.Completed);
                    if (aggregate.Row.ParentInstanceId is not null)
                    {
                        _childrenDone.Add(aggregate);
                    }

                    break;
                case InstanceTerminated:
                    End(aggregate, InstanceState.Terminated);
                    break;
            }
        }

        await RunCallsAsync(ct);
        await CorrelateBufferedAsync(ct);
    }

    /// <summary>A migrated token keeps its id; the rows that name its element follow it to the new element id.</summary>
    private void MoveRows(ElementMigrated moved)
    {
        var (id, to) = (moved.ElementInstanceId, moved.ToElementId);
        AfterSave(async ct =>
        {
            await db.Set<JobRow>().Where(j => j.ElementInstanceId == id).ExecuteUpdateAsync(s => s.SetProperty(j => j.ElementId, to), ct);
            await db.Set<UserTaskRow>().Where(t => t.Id == id).ExecuteUpdateAsync(s => s.SetProperty(t => t.ElementId, to), ct);
            await db.Set<IncidentRow>().Where(i => i.ElementInstanceId == id).ExecuteUpdateAsync(s => s.SetProperty(i => i.ElementId, to), ct);
        });
    }

    /// <summary>
    /// A cancelled timer's due instant is read before its row goes (one lookup by key, in the command's transaction):
    /// the scheduler needs it to find the alarm of that second. A fired timer's alarm is the one that fired it.
    /// </summary>
    private void RemoveTimer(Guid timerId, bool cancelled)
    {
        var tracked = Tracked<TimerRow>().FirstOrDefault(e => e.Entity.Id == timerId);
        if (!cancelled || tracked is not null)
        {
            if (cancelled && tracked is { State: not EntityState.Added })
            {
                _timersRemovedDue.Add(new ScheduledTimer(timerId, tracked.Entity.DueAt));
            }

            Remove<TimerRow>(timerId, t => t.Id == timerId);
            return;
        }

        AfterSave(async ct =>
        {
            var due = await db.Set<TimerRow>().Where(t => t.Id == timerId).Select(t => (DateTimeOffset?)t.DueAt).FirstOrDefaultAsync(ct);
            if (due is { } instant)
            {
                _timersRemovedDue.Add(new ScheduledTimer(timerId, instant));
            }

            await db.Set<TimerRow>().Where(t => t.Id == timerId).ExecuteDeleteAsync(ct);
        });
    }

    private void RemoveSubscription(Guid subscriptionId) =>
        Remove<MessageSubscriptionRow>(subscriptionId, s => s.Id == subscriptionId);

    /// <summary>Deletes a row: at once when this unit added or loaded it, else after the save, by key.</summary>
    private void Remove<TRow>(Guid id, System.Linq.Expressions.Expression<Func<TRow, bool>> byId)
        where TRow : class
    {
        var tracked = Tracked<TRow>().FirstOrDefault(e => Equals(e.Property("Id").CurrentValue, id));
        if (tracked is not null)
        {
            tracked.State = tracked.State == EntityState.Added ? EntityState.Detached : EntityState.Deleted;
            return;
        }

        AfterSave(ct => db.Set<TRow>().Where(byId).ExecuteDeleteAsync(ct));
    }

    /// <summary>Journal entries outside the semantics (job and task bookkeeping) go through here too.</summary>
    public void Journal(InstanceAggregate aggregate, RuntimeEvent e) =>
        _journal.Add(new JournalRow
        {
            InstanceId = aggregate.Id,
            Sequence = ++aggregate.Row.JournalSequence,
            Type = JournalCodec.TypeOf(e),
            At = e.At,
            Data = JournalCodec.Write(e),
        });

    private void End(InstanceAggregate aggregate, InstanceState state)
    {
        aggregate.Row.State = state;
        aggregate.Row.EndedAt = Now;
    }
}
