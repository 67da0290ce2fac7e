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
                    AddUserTask(aggregate, task);
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
                    RemoveTimer(timerId);
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

    private void RemoveTimer(Guid timerId) => Remove<TimerRow>(timerId, t => t.Id == timerId);

    private void RemoveSubscription(Guid subscriptionId) =>
        Remove<MessageSubscriptionRow>(subscriptionId, s => s.Id == subscriptionId);

    /// <summary>Deletes a row: at once when this unit added or loaded it, else after the save, by key.</summary>
    private void Remove<TRow>(Guid id, System.Linq.Expressions.Expression<Func<TRow, bool>> byId)
        where TRow : class
    {
        var tracked = db.ChangeTracker.Entries<TRow>().FirstOrDefault(e => Equals(e.Property("Id").CurrentValue, id));
        if (tracked is not null)
        {
            tracked.State = tracked.State == EntityState.Added ? EntityState.Detached : EntityState.Deleted;
            return;
        }

        AfterSave(ct => db.Set<TRow>().Where(byId).ExecuteDeleteAsync(ct));
    }

    /// <summary>Journal entries outside the semantics (job and task bookkeeping) go through here too.</summary>
    public void Journal(InstanceAggregate aggregate, RuntimeEvent e) =>
        db.Add(new JournalRow
        {
            InstanceId = aggregate.Id,
            Sequence = ++aggregate.Row.JournalSequence,
            Type = JournalCodec.TypeOf(e),
            At = e.At,
            Data = JournalCodec.Write(e),
        });

    private readonly List<Guid> _addedIncidents = [];

    public IncidentRow AddIncident(InstanceAggregate aggregate, Guid elementInstanceId, IncidentKind kind, string message, Guid? jobId)
    {
        var incident = new IncidentRow
        {
            Id = NewId(),
            InstanceId = aggregate.Id,
            ElementInstanceId = elementInstanceId,
            ElementId = aggregate.State.FindElementInstance(elementInstanceId)?.ElementId ?? "",
            Kind = kind,
            JobId = jobId,
            Message = message,
            State = IncidentState.Open,
            CreatedAt = Now,
        };
        db.Add(incident);
        _addedIncidents.Add(incident.Id);
        aggregate.Row.OpenIncidents++;
        return incident;
    }

    private void AddJob(InstanceAggregate aggregate, JobCreated job)
    {
        var handled = services.Options.IsJobTypeHandled?.Invoke(job.Type) ?? true;
        var row = new JobRow
        {
            Id = NewId(),
            InstanceId = aggregate.Id,
            ElementInstanceId = job.ElementInstanceId,
            ElementId = aggregate.State.FindElementInstance(job.ElementInstanceId)!.ElementId,
            Type = job.Type,
            // An unhandled type waits with no retries until an administrator retries the incident.
            Retries = handled ? job.Retries : 0,
            RunAfter = job.At,
            Headers = JsonSerializer.Serialize(job.Headers),
            CreatedAt = job.At,
        };
        db.Add(row);
        JobsCreated = true;
        if (!handled)
        {
            var reason = $"No worker handles jobs of type '{job.Type}'.";
            AddIncident(aggregate, job.ElementInstanceId, IncidentKind.UnknownJobType, reason, row.Id);
            Journal(aggregate, new IncidentRaised(job.At, job.ElementInstanceId, reason));
        }
    }

    private void AddUserTask(InstanceAggregate aggregate, UserTaskCreated task)
    {
        db.Add(new UserTaskRow
        {
            Id = task.ElementInstanceId,
            InstanceId = aggregate.Id,
            DefinitionKey = aggregate.Process.Key,
            ElementId = aggregate.State.FindElementInstance(task.ElementInstanceId)!.ElementId,
            Name = task.Name,
            Assignee = task.Assignee,
            CandidateGroups = string.Join(',', task.CandidateGroups),
            CandidateUsers = string.Join(',', task.CandidateUsers),
            DueAt = task.DueAt,
            DueOrder = task.DueAt ?? UserTaskOrder.NoDueDate,
            FollowUpAt = task.FollowUpAt,
            FormKey = task.FormKey,
            State = UserTaskState.Created,
            CreatedAt = task.At,
        });
        foreach (var (kind, names) in new[] { (CandidateKind.Group, task.CandidateGroups), (CandidateKind.User, task.CandidateUsers) })
        {
            foreach (var name in names.Distinct(StringComparer.Ordinal))
            {
                db.Add(new UserTaskCandidateRow { TaskId = task.ElementInstanceId, Kind = kind, Name = name, IsOpen = true, DueOrder = task.DueAt ?? UserTaskOrder.NoDueDate });
            }
        }
    }

    /// <summary>A job or user task whose element finished (completed, interrupted, cancelled) stops being work.</summary>
    private void EndWait(InstanceAggregate aggregate, Guid elementInstanceId, string elementId, UserTaskState taskEnd)
    {
        switch (aggregate.Process.Model.FindNode(elementId))
        {
            case JobTask or IntermediateThrowEvent { Job: not null } or EndEvent { Job: not null }:
                var tracked = db.ChangeTracker.Entries<JobRow>().Where(j => j.Entity.ElementInstanceId == elementInstanceId).ToList();
                foreach (var job in tracked)
                {
                    job.State = job.State == EntityState.Added ? EntityState.Detached : EntityState.Deleted;
                }

                if (tracked.Count == 0)
                {
                    AfterSave(ct => db.Set<JobRow>().Where(j => j.ElementInstanceId == elementInstanceId).ExecuteDeleteAsync(ct));
                }

                break;
            case UserTask:
                EndUserTask(elementInstanceId, taskEnd);
                break;
        }
    }

    private void EndUserTask(Guid taskId, UserTaskState end)
    {
        var task = db.ChangeTracker.Entries<UserTaskRow>().FirstOrDefault(t => t.Entity.Id == taskId)?.Entity;
        var now = Now;
        if (task is not null)
        {
            task.State = end;
            task.EndedAt = now;
        }
        else
        {
            AfterSave(ct => db.Set<UserTaskRow>().Where(t => t.Id == taskId)
                .ExecuteUpdateAsync(s => s.SetProperty(t => t.State, end).SetProperty(t => t.EndedAt, now), ct));
        }

        var candidates = db.ChangeTracker.Entries<UserTaskCandidateRow>().Where(c => c.Entity.TaskId == taskId).ToList();
        foreach (var candidate in candidates)
        {
            candidate.Entity.IsOpen = false;
        }

        if (candidates.Count == 0)
        {
            AfterSave(ct => db.Set<UserTaskCandidateRow>().Where(c => c.TaskId == taskId)
                .ExecuteUpdateAsync(s => s.SetProperty(c => c.IsOpen, false), ct));
        }
    }

    private void ResolveIncidentsOf(InstanceAggregate aggregate, Guid elementInstanceId)
    {
        if (aggregate.Row.OpenIncidents == 0)
        {
            return;
        }

        var now = Now;
        AfterSave(async ct =>
        {
            var raisedNow = _addedIncidents.ToList(); // an incident raised again by this command stays open
            var resolved = await db.Set<IncidentRow>()
                .Where(i => i.ElementInstanceId == elementInstanceId && i.State == IncidentState.Open && !raisedNow.Contains(i.Id))
                .ExecuteUpdateAsync(s => s.SetProperty(i => i.State, IncidentState.Resolved).SetProperty(i => i.ResolvedAt, now), ct);
            if (resolved > 0)
            {
                await db.Set<ProcessInstanceRow>().Where(i => i.Id == aggregate.Id)
                    .ExecuteUpdateAsync(s => s.SetProperty(i => i.OpenIncidents, i => i.OpenIncidents - resolved), ct);
            }
        });
    }

    private void End(InstanceAggregate aggregate, InstanceState state)
    {
        aggregate.Row.State = state;
        aggregate.Row.EndedAt = Now;
    }
}
