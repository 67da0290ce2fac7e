using LaiChau.Workflows.Engine.Rows;
using LaiChau.Workflows.Feel;
using LaiChau.Workflows.Forms;
using LaiChau.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;

namespace LaiChau.Workflows.Engine;

/// <summary>
/// A task's form as the host renders it: the form version the task keeps, the variables the task sees (initial data
/// for prefilling and conditions; never sent to callers as such) and the options of every choice.
/// </summary>
public sealed record TaskForm(
    TaskView Task,
    string? BusinessKey,
    Guid FormDefinitionId,
    string FormId,
    int FormVersion,
    FormDefinition Form,
    IReadOnlyDictionary<string, FeelValue> Variables,
    IReadOnlyDictionary<string, IReadOnlyList<FormOption>> Options);

/// <summary>
/// The engine's read side: tasks, instances, journals and histories, incidents, definitions and forms. Each call
/// reads in a fresh context of its own, with no retry loop (nothing is written), and narrow rows only — never the
/// snapshot or the XML, except for one instance or one definition. It shares the engine's database, definition
/// cache and task authorization, so it is made from the engine (the host registers both).
/// </summary>
public sealed class WorkflowQueries
{
    private readonly IWorkflowDatabase _database;
    private readonly EngineServices _services;
    private readonly IUserTaskAuthorization _authorization;
    private readonly IFormOptionSource? _formOptionSource;

    public WorkflowQueries(WorkflowEngine engine)
    {
        ArgumentNullException.ThrowIfNull(engine);
        _database = engine.Database;
        _services = engine.Services;
        _authorization = engine.Authorization;
        _formOptionSource = engine.FormOptionSource;
    }

    /// <summary>
    /// Tasks the actor may see, ordered by due date (none last) then id, keyset-paged. With a candidate group the
    /// query runs on the candidate index (group, open, due, id): an inbox page is one range scan. A next page's condition
    /// starts with <c>due &gt;= cursor</c>, redundant for its meaning but the bound that starts the range: PostgreSQL's
    /// generic plan of a prepared statement (ADR 29) cannot start a range from the OR alone, and read the group's whole
    /// open list in parallel instead (35 ms instead of 0.4 ms, docs/benchmarks.md 2026-12-08).
    /// </summary>
    public async Task<Page<TaskView>> FindTasksAsync(TaskQuery query, TaskActor actor, CancellationToken ct = default)
    {
        var limit = _services.Options.CheckedPageSize(query.Limit);
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
                // The leading ">=" is the index range's start, also in a generic plan (see the summary).
                inGroup = inGroup.Where(c => c.DueOrder >= due && (c.DueOrder > due || (c.DueOrder == due && c.TaskId.CompareTo(id) > 0)));
            }

            rows = inGroup.OrderBy(c => c.DueOrder).ThenBy(c => c.TaskId).Join(tasks, c => c.TaskId, t => t.Id, (c, t) => t);
        }
        else
        {
            rows = tasks;
            if (query.After is { } after)
            {
                var (due, id) = Cursor.Read(after);
                rows = rows.Where(t => t.DueOrder >= due && (t.DueOrder > due || (t.DueOrder == due && t.Id.CompareTo(id) > 0)));
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
        var limit = _services.Options.CheckedPageSize(query.Limit);
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
            rows = rows.Where(i => i.StartedAt >= started && (i.StartedAt > started || (i.StartedAt == started && i.Id.CompareTo(id) > 0)));
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
        var state = InstanceSnapshot.Read(row.Snapshot, process.Model);
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

        return await rows.OrderBy(i => i.CreatedAt).Take(_services.Options.MaxPageSize)
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

    /// <summary>The task's form, or null when the task has none; a task the actor may not see does not exist.</summary>
    public async Task<TaskForm?> GetTaskFormAsync(Guid taskId, TaskActor actor, CancellationToken ct = default)
    {
        await using var session = _database.Open();
        var db = session.Context;
        var task = await db.Set<UserTaskRow>().AsNoTracking().FirstOrDefaultAsync(t => t.Id == taskId, ct);
        if (task is null || !_authorization.MaySee(actor, task))
        {
            throw new WorkflowNotFoundException($"Task {taskId} does not exist.");
        }

        if (await _services.Forms.OfTaskAsync(db, task, ct) is not { } form)
        {
            return null;
        }

        var row = await db.Set<ProcessInstanceRow>().AsNoTracking().FirstAsync(i => i.Id == task.InstanceId, ct);
        var process = await _services.Definitions.GetAsync(db, row.DefinitionId, ct);
        var state = InstanceSnapshot.Read(row.Snapshot, process.Model);
        var variables = state.FindElementInstance(task.Id) is null ? state.VariablesOf(state.Id) : VisibleVariables.Of(state, task.Id);
        var options = await FormOptions.ResolveAsync(form.Definition, variables, _formOptionSource, ct);
        return new TaskForm(TaskView.Of(task), row.BusinessKey, form.Id, form.FormId, form.Version, form.Definition, variables, options);
    }

    /// <summary>
    /// The journal of one instance read as steps (element activated, completed, terminated; incidents; the end), oldest
    /// first: what a case timeline or an operator shows. Flows, variables, subscriptions and timers are left out; the raw
    /// journal (<see cref="GetJournalAsync"/>) keeps everything.
    /// </summary>
    public async Task<IReadOnlyList<HistoryStep>> GetHistoryAsync(Guid instanceId, CancellationToken ct = default)
    {
        await using var session = _database.Open();
        var db = session.Context;
        var instance = await db.Set<ProcessInstanceRow>().AsNoTracking().FirstOrDefaultAsync(i => i.Id == instanceId, ct)
            ?? throw new WorkflowNotFoundException($"Process instance {instanceId} does not exist.");
        var rows = await db.Set<JournalRow>().AsNoTracking().Where(j => j.InstanceId == instanceId && HistorySteps.Types.Contains(j.Type))
            .OrderBy(j => j.Sequence).Select(j => new { j.Sequence, j.Type, j.Data }).ToListAsync(ct);

        // Names from the version the instance runs now: after a migration, elements the new version dropped keep only their id.
        var model = (await _services.Definitions.GetAsync(db, instance.DefinitionId, ct)).Model;
        return HistorySteps.Read(rows.Select(r => (r.Sequence, r.Type, r.Data)), model);
    }

    public async Task<IReadOnlyList<FormSummary>> FindFormsAsync(CancellationToken ct = default)
    {
        await using var session = _database.Open();
        return await session.Context.Set<FormDefinitionRow>().AsNoTracking().OrderBy(f => f.FormId).ThenBy(f => f.Version)
            .Select(f => new FormSummary(f.Id, f.FormId, f.Version, f.Hash, f.DeployedAt, f.DeployedBy, f.ChangeNote))
            .ToListAsync(ct);
    }

    /// <summary>One version of a form, or its latest when <paramref name="version"/> is null.</summary>
    public async Task<(FormSummary Summary, string Json)> GetFormAsync(string formId, int? version, CancellationToken ct = default)
    {
        await using var session = _database.Open();
        var rows = session.Context.Set<FormDefinitionRow>().AsNoTracking().Where(f => f.FormId == formId);
        var row = await (version is { } v ? rows.Where(f => f.Version == v) : rows.OrderByDescending(f => f.Version)).FirstOrDefaultAsync(ct)
            ?? throw new WorkflowNotFoundException(version is null ? $"No form with the id '{formId}' is deployed." : $"The form '{formId}' has no version {version}.");
        return (new FormSummary(row.Id, row.FormId, row.Version, row.Hash, row.DeployedAt, row.DeployedBy, row.ChangeNote), row.Json);
    }

    /// <summary>Who may send <paramref name="name"/> with this correlation key (ADR 0021), e.g. to refuse before checking a payload.</summary>
    public async Task<MessageSenders> GetMessageSendersAsync(string name, string correlationKey, CancellationToken ct = default)
    {
        await using var session = _database.Open();
        return await MessageSenders.FindAsync(session.Context, _services.Definitions, name, correlationKey, ct);
    }

    /// <summary>Whether a job of one of <paramref name="types"/> could be fetched now (for "wait until idle").</summary>
    public async Task<bool> HasFetchableJobsAsync(IReadOnlyCollection<string> types, CancellationToken ct = default)
    {
        var now = _services.Clock.GetUtcNow();
        await using var session = _database.Open();
        return await session.Context.Set<JobRow>().AnyAsync(
            j => types.Contains(j.Type) && j.Retries > 0 && j.RunAfter <= now && (j.LeaseExpiresAt == null || j.LeaseExpiresAt <= now), ct);
    }

    /// <summary>The type of a job, or null when there is no such job (an API checks who may report it first).</summary>
    public async Task<string?> FindJobTypeAsync(Guid jobId, CancellationToken ct = default)
    {
        await using var session = _database.Open();
        return await session.Context.Set<JobRow>().AsNoTracking().Where(j => j.Id == jobId).Select(j => j.Type).FirstOrDefaultAsync(ct);
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
}
