using System.Text.Json;
using LaiChau.Workflows.Engine.Rows;
using LaiChau.Workflows.Model;
using LaiChau.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;

namespace LaiChau.Workflows.Engine;

/// <summary>Jobs and user tasks: rows created with their element, ended with it.</summary>
internal sealed partial class CommandUnit
{
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
        if (handled && HandOff is { } handOff && handOff.TryReserve(job.Type))
        {
            // Leased to this host's worker from the start; it gets the job once the unit committed (ADR 27).
            row.Worker = handOff.Worker;
            row.LeaseToken = Guid.CreateVersion7(Now);
            row.LeaseExpiresAt = Now + handOff.Lease;
            _handedOff.Add((aggregate, row, job));
        }

        db.Add(row);
        JobsCreated = true;
        if (!handled)
        {
            var reason = $"No worker handles jobs of type '{job.Type}'.";
            AddIncident(aggregate, job.ElementInstanceId, IncidentKind.UnknownJobType, reason, row.Id);
            Journal(aggregate, new IncidentRaised(job.At, job.ElementInstanceId, reason));
        }
    }

    private readonly List<(InstanceAggregate Aggregate, JobRow Row, JobCreated Job)> _handedOff = [];

    /// <summary>This host's workers, when a job may be handed to them directly (commands run by the engine itself, ADR 27).</summary>
    public IJobHandOff? HandOff { get; set; }

    /// <summary>After the commit: the jobs leased to this host's worker at creation, with what they see, go to it.</summary>
    public void HandOverJobs()
    {
        foreach (var (aggregate, row, job) in _handedOff)
        {
            if (db.Entry(row).State == EntityState.Detached)
            {
                HandOff!.Release(row.Type); // created and ended by the same command: never written
                continue;
            }

            HandOff!.Accept(new ActivatedJob(
                row.Id, row.LeaseToken!.Value, row.LeaseExpiresAt!.Value, row.Type, row.InstanceId, row.ElementInstanceId, row.ElementId,
                row.Retries, job.Headers, VisibleVariables.Of(aggregate.State, row.ElementInstanceId)));
        }

        _handedOff.Clear();
    }

    /// <summary>The unit did not commit: the places it reserved are free again.</summary>
    public void ReleaseJobs()
    {
        foreach (var (_, row, _) in _handedOff)
        {
            HandOff!.Release(row.Type);
        }

        _handedOff.Clear();
    }

    /// <summary>The task row; its form is the latest version of the form it names, kept for the task's life (issue 16 point 1).</summary>
    private async Task AddUserTaskAsync(InstanceAggregate aggregate, UserTaskCreated task, CancellationToken ct)
    {
        var elementId = aggregate.State.FindElementInstance(task.ElementInstanceId)!.ElementId;
        var form = task.FormKey is { } formId ? await services.Forms.LatestAsync(db, formId, ct) : null;
        db.Add(new UserTaskRow
        {
            Id = task.ElementInstanceId,
            InstanceId = aggregate.Id,
            DefinitionKey = aggregate.Process.Key,
            ElementId = elementId,
            FormDefinitionId = form?.Id,
            FormVersion = form?.Version,
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
                var tracked = Tracked<JobRow>().Where(j => j.Entity.ElementInstanceId == elementInstanceId).ToList();
                foreach (var job in tracked)
                {
                    job.State = job.State == EntityState.Added ? EntityState.Detached : EntityState.Deleted;
                }

                if (tracked.Count == 0)
                {
                    AfterSave(
                        ct => db.Set<JobRow>().Where(j => j.ElementInstanceId == elementInstanceId).ExecuteDeleteAsync(ct),
                        sql => sql.Delete<JobRow>([(nameof(JobRow.ElementInstanceId), elementInstanceId)]));
                }

                break;
            case UserTask:
                EndUserTask(elementInstanceId, taskEnd);
                break;
        }
    }

    private void EndUserTask(Guid taskId, UserTaskState end)
    {
        var task = Tracked<UserTaskRow>().FirstOrDefault(t => t.Entity.Id == taskId)?.Entity;
        var now = Now;
        if (task is not null)
        {
            task.State = end;
            task.EndedAt = now;
        }
        else
        {
            AfterSave(
                ct => db.Set<UserTaskRow>().Where(t => t.Id == taskId)
                    .ExecuteUpdateAsync(s => s.SetProperty(t => t.State, end).SetProperty(t => t.EndedAt, now), ct),
                sql => sql.Update<UserTaskRow>(
                    [(nameof(UserTaskRow.State), end), (nameof(UserTaskRow.EndedAt), (DateTimeOffset?)now)],
                    [(nameof(UserTaskRow.Id), taskId)]));
        }

        var candidates = Tracked<UserTaskCandidateRow>().Where(c => c.Entity.TaskId == taskId).ToList();
        foreach (var candidate in candidates)
        {
            candidate.Entity.IsOpen = false;
        }

        if (candidates.Count == 0)
        {
            AfterSave(
                ct => db.Set<UserTaskCandidateRow>().Where(c => c.TaskId == taskId)
                    .ExecuteUpdateAsync(s => s.SetProperty(c => c.IsOpen, false), ct),
                sql => sql.Update<UserTaskCandidateRow>([(nameof(UserTaskCandidateRow.IsOpen), false)], [(nameof(UserTaskCandidateRow.TaskId), taskId)]));
        }
    }
}
