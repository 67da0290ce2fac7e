using LaiChau.Workflows.Engine.Rows;
using Microsoft.EntityFrameworkCore;

namespace LaiChau.Workflows.Engine;

/// <summary>Read side: narrow rows only (never the snapshot or the XML, except for one instance or one definition).</summary>
public sealed partial class WorkflowEngine
{
    /// <summary>
    /// Tasks the actor may see, ordered by due date (none last) then id, keyset-paged. With a candidate group the
    /// query runs on the candidate index (group, open, due, id): an inbox page is one range scan.
    /// </summary>
    public async Task<Page<TaskView>> FindTasksAsync(TaskQuery query, TaskActor actor, CancellationToken ct = default)
    {
        var limit = Limit(query.Limit);
        await using var session = _database.Open();
        var db = session.Context;
        var tasks = db.Set<UserTaskRow>().AsNoTracking();
        var candidates = db.Set<UserTaskCandidateRow>().AsNoTracking();
        IQueryable<UserTaskRow> rows;
        if (query.CandidateGroup is { } group)
        {
            var inGroup = candidates.Where(c => c.Kind == CandidateKind.Group && c.Name == group);
            if (query.State is { } state)
            {
                inGroup = inGroup.Where(c => c.IsOpen == (state == UserTaskState.Created));
            }

            if (query.After is { } after)
            {
                var (due, id) = Cursor.Read(after);
                inGroup = inGroup.Where(c => c.DueOrder > due || (c.DueOrder == due && c.TaskId.CompareTo(id) > 0));
            }

            rows = inGroup.OrderBy(c => c.DueOrder).ThenBy(c => c.TaskId).Join(tasks, c => c.TaskId, t => t.Id, (c, t) => t);
        }
        else
        {
            rows = tasks;
            if (query.After is { } after)
            {
                var (due, id) = Cursor.Read(after);
                rows = rows.Where(t => t.DueOrder > due || (t.DueOrder == due && t.Id.CompareTo(id) > 0));
            }

            rows = rows.OrderBy(t => t.DueOrder).ThenBy(t => t.Id);
        }

        rows = FilterTasks(rows, query, candidates);
        if (!actor.IsAdministrator && !actor.SeesAll)
        {
            var groups = actor.Groups.ToList();
            rows = rows.Where(t => t.Assignee == actor.Id || candidates.Any(c => c.TaskId == t.Id
                && ((c.Kind == CandidateKind.Group && groups.Contains(c.Name)) || (c.Kind == CandidateKind.User && c.Name == actor.Id))));
        }

        var page = await rows.Take(limit + 1).ToListAsync(ct);
        var items = page.Take(limit).Where(t => _authorization.MaySee(actor, t)).Select(TaskView.Of).ToList();
        var last = page.Count > limit ? page[limit - 1] : null;
        return new Page<TaskView>(items, last is null ? null : Cursor.Write(last.DueOrder, last.Id));
    }

    public async Task<TaskView> GetTaskAsync(Guid taskId, TaskActor actor, CancellationToken ct = default)
    {
        await using var session = _database.Open();
        var task = await session.Context.Set<UserTaskRow>().AsNoTracking().FirstOrDefaultAsync(t => t.Id == taskId, ct);
        return task is not null && _authorization.MaySee(actor, task)
            ? TaskView.Of(task)
            : throw new WorkflowNotFoundException($"Task {taskId} does not exist.");
    }

    public async Task<Page<InstanceSummary>> FindInstancesAsync(InstanceQuery query, CancellationToken ct = default)
    {
        var limit = Limit(query.Limit);
        await using var session = _database.Open();
        var rows = session.Context.Set<ProcessInstanceRow>().AsNoTracking();
        if (query.BusinessKey is { } businessKey)
        {
            rows = rows.Where(i => i.BusinessKey == businessKey);
        }

        if (query.DefinitionKey is { } key)
        {
            rows = rows.Where(i => i.DefinitionKey == key);
        }

        rows = query.State switch
        {
            InstanceStateFilter.Incident => rows.Where(i => i.State == InstanceState.Active && i.OpenIncidents > 0),
            InstanceStateFilter.Active => rows.Where(i => i.State == InstanceState.Active && i.OpenIncidents == 0),
            InstanceStateFilter.Completed => rows.Where(i => i.State == InstanceState.Completed),
            InstanceStateFilter.Terminated => rows.Where(i => i.State == InstanceState.Terminated),
            _ => rows,
        };
        if (query.After is { } after)
        {
            var (started, id) = Cursor.Read(after);
            rows = rows.Where(i => i.StartedAt > started || (i.StartedAt == started && i.Id.CompareTo(id) > 0));
        }

        var page = await rows.OrderBy(i => i.StartedAt).ThenBy(i => i.Id).Take(limit + 1).ToListAsync(ct);
        var last = page.Count > limit ? page[limit - 1] : null;
        return new Page<InstanceSummary>(
            [.. page.Take(limit).Select(InstanceSummary.Of)], last is null ? null : Cursor.Write(last.StartedAt, last.Id));
    }

    public async Task<InstanceDetails> GetInstanceAsync(Guid instanceId, CancellationToken ct = default)
    {
        await using var session = _database.Open();
        var row = await session.Context.Set<ProcessInstanceRow>().AsNoTracking().FirstOrDefaultAsync(i => i.Id == instanceId, ct)
            ?? throw new WorkflowNotFoundException($"Process instance {instanceId} does not exist.");
        var process = await _services.Definitions.GetAsync(session.Context, row.DefinitionId, ct);
        var state = Runtime.InstanceSnapshot.Read(row.Snapshot, process.Model);
        return new InstanceDetails(
            row.Id, row.DefinitionKey, row.DefinitionVersion, row.BusinessKey, InstanceSummary.StateName(row),
            [.. state.ActiveElementInstances.Select(e => e.ElementId)], state.VariablesOf(state.Id), row.ParentInstanceId,
            row.StartedAt, row.EndedAt);
    }

    public async Task<IReadOnlyList<JournalEntry>> GetJournalAsync(Guid instanceId, CancellationToken ct = default)
    {
        await using var session = _database.Open();
        var db = session.Context;
        if (!await db.Set<ProcessInstanceRow>().AnyAsync(i => i.Id == instanceId, ct))
        {
            throw new WorkflowNotFoundException($"Process instance {instanceId} does not exist.");
        }

        return await db.Set<JournalRow>().AsNoTracking().Where(j => j.InstanceId == instanceId).OrderBy(j => j.Sequence)
            .Select(j => new JournalEntry(j.Sequence, j.Type, j.At, j.Data)).ToListAsync(ct);
    }

    public async Task<IReadOnlyList<IncidentView>> FindIncidentsAsync(IncidentState? state, Guid? instanceId, CancellationToken ct = default)
    {
        await using var session = _database.Open();
        var rows = session.Context.Set<IncidentRow>().AsNoTracking();
        if (state is { } s)
        {
            rows = rows.Where(i => i.State == s);
        }

        if (instanceId is { } id)
        {
            rows = rows.Where(i => i.InstanceId == id);
        }

        return await rows.OrderBy(i => i.CreatedAt).Take(Options.MaxPageSize)
            .Select(i => new IncidentView(i.Id, i.InstanceId, i.ElementInstanceId, i.ElementId, i.Kind, i.Message, i.State, i.CreatedAt, i.ResolvedAt))
            .ToListAsync(ct);
    }

    public async Task<IReadOnlyList<DefinitionSummary>> FindDefinitionsAsync(CancellationToken ct = default)
    {
        await using var session = _database.Open();
        return await session.Context.Set<ProcessDefinitionRow>().AsNoTracking().OrderBy(d => d.Key).ThenBy(d => d.Version)
            .Select(d => new DefinitionSummary(d.Id, d.Key, d.Version, d.Name, d.Hash, d.DeployedAt, d.DeployedBy, d.ChangeNote))
            .ToListAsync(ct);
    }

    public async Task<(DefinitionSummary Summary, string Xml)> GetDefinitionAsync(string key, int version, CancellationToken ct = default)
    {
        await using var session = _database.Open();
        var row = await session.Context.Set<ProcessDefinitionRow>().AsNoTracking()
            .FirstOrDefaultAsync(d => d.Key == key && d.Version == version, ct)
            ?? throw new WorkflowNotFoundException($"The process '{key}' has no version {version}.");
        return (new DefinitionSummary(row.Id, row.Key, row.Version, row.Name, row.Hash, row.DeployedAt, row.DeployedBy, row.ChangeNote), row.Xml);
    }

    private static IQueryable<UserTaskRow> FilterTasks(IQueryable<UserTaskRow> rows, TaskQuery query, IQueryable<UserTaskCandidateRow> candidates)
    {
        if (query.InstanceId is { } instanceId)
        {
            rows = rows.Where(t => t.InstanceId == instanceId);
        }

        if (query.Assignee is { } assignee)
        {
            rows = rows.Where(t => t.Assignee == assignee);
        }

        if (query.State is { } state)
        {
            rows = rows.Where(t => t.State == state);
        }

        if (query.DueBefore is { } dueBefore)
        {
            rows = rows.Where(t => t.DueOrder < dueBefore);
        }

        if (query.CandidateUser is { } user)
        {
            rows = rows.Where(t => candidates.Any(c => c.TaskId == t.Id && c.Kind == CandidateKind.User && c.Name == user));
        }

        return rows;
    }

    private int Limit(int requested) =>
        requested < 1 || requested > Options.MaxPageSize
            ? throw new WorkflowInvalidException($"The page size must be between 1 and {Options.MaxPageSize}.")
            : requested;
}
