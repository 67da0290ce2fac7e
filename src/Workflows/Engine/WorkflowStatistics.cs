using LaiChau.Workflows.Engine.Rows;
using LaiChau.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;

namespace LaiChau.Workflows.Engine;

/// <summary>
/// How many active instances of one version wait at an element, how many of those are overdue, open incidents, the
/// first <see cref="WorkflowStatistics.StatisticsInstanceSample"/> of the waiting instances (to open one), and the average
/// time the element took over the <see cref="WorkflowStatistics.AverageDurationWindow"/> (null when nothing completed there).
/// </summary>
public sealed record ElementStatistics(
    string ElementId, int Waiting, int Overdue, int Incidents, IReadOnlyList<Guid> InstanceIds, double? AverageSeconds = null, int Completed = 0);

/// <summary>How long one element took on average, over the element instances that completed in the window.</summary>
public sealed record ElementDuration(string ElementId, double AverageSeconds, int Completed);

/// <summary>
/// The numbers behind the designer's overlay (issue 9): active instances per version, per element how many wait, are
/// overdue or have incidents, which instances wait there, and how long the element took. Read-only, a fresh context
/// per call, narrow columns only — never snapshots or variables.
/// </summary>
public sealed class WorkflowStatistics
{
    public const int StatisticsInstanceSample = 20;

    /// <summary>The window of the designer's averages (issue 9 point 5).</summary>
    public static readonly TimeSpan AverageDurationWindow = TimeSpan.FromDays(30);

    private readonly IWorkflowDatabase _database;
    private readonly TimeProvider _clock;
    private readonly WorkflowEngineOptions _options;

    public WorkflowStatistics(WorkflowEngine engine)
    {
        ArgumentNullException.ThrowIfNull(engine);
        _database = engine.Database;
        _clock = engine.Clock;
        _options = engine.Options;
    }

    /// <summary>Active (not ended) instances per definition version id; versions without any are absent.</summary>
    public async Task<IReadOnlyDictionary<Guid, int>> CountActiveInstancesAsync(CancellationToken ct = default)
    {
        await using var session = _database.Open();
        return await session.Context.Set<ProcessInstanceRow>().AsNoTracking()
            .Where(i => i.State == InstanceState.Active)
            .GroupBy(i => i.DefinitionId)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, ct);
    }

    /// <summary>
    /// Per element of one definition version, from the wait rows (user tasks, jobs, timers, message subscriptions) and open
    /// incidents of its active instances: narrow columns only, never snapshots or variables (the designer's overlay).
    /// Overdue counts open user tasks past their due date. A boundary timer counts at its boundary event. Elements that
    /// only completed in the window appear with their average and zero waiting.
    /// </summary>
    public async Task<IReadOnlyList<ElementStatistics>> GetElementStatisticsAsync(string key, int version, CancellationToken ct = default)
    {
        await using var session = _database.Open();
        var db = session.Context;
        var (definitionId, active) = await ActiveInstancesAsync(db, key, version, ct);

        var tasks = await db.Set<UserTaskRow>().AsNoTracking()
            .Where(t => t.State == UserTaskState.Created && active.Contains(t.InstanceId))
            .Select(t => new { t.ElementId, t.InstanceId, t.DueAt }).ToListAsync(ct);
        var jobs = await db.Set<JobRow>().AsNoTracking()
            .Where(j => active.Contains(j.InstanceId)).Select(j => new { j.ElementId, j.InstanceId }).ToListAsync(ct);
        var timers = await db.Set<TimerRow>().AsNoTracking()
            .Where(t => t.InstanceId != null && active.Contains(t.InstanceId.Value))
            .Select(t => new { t.ElementId, InstanceId = t.InstanceId!.Value }).ToListAsync(ct);
        var messages = await db.Set<MessageSubscriptionRow>().AsNoTracking()
            .Where(m => active.Contains(m.InstanceId)).Select(m => new { m.ElementId, m.InstanceId }).ToListAsync(ct);
        var incidents = await db.Set<IncidentRow>().AsNoTracking()
            .Where(i => i.State == IncidentState.Open && active.Contains(i.InstanceId)).Select(i => i.ElementId).ToListAsync(ct);

        var now = _clock.GetUtcNow();
        var waiting = tasks.Select(t => (t.ElementId, t.InstanceId))
            .Concat(jobs.Select(j => (j.ElementId, j.InstanceId)))
            .Concat(timers.Select(t => (t.ElementId, t.InstanceId)))
            .Concat(messages.Select(m => (m.ElementId, m.InstanceId)))
            .Distinct()
            .GroupBy(w => w.ElementId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(w => w.InstanceId).Order().ToList(), StringComparer.Ordinal);
        var overdue = tasks.Where(t => t.DueAt < now).GroupBy(t => t.ElementId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(t => t.InstanceId).Distinct().Count(), StringComparer.Ordinal);
        var open = incidents.GroupBy(e => e, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var durations = (await AverageDurationsAsync(db, definitionId, now - AverageDurationWindow, ct))
            .ToDictionary(d => d.ElementId, StringComparer.Ordinal);

        return [.. waiting.Keys.Union(open.Keys, StringComparer.Ordinal).Union(durations.Keys, StringComparer.Ordinal).Order(StringComparer.Ordinal)
            .Select(id => new ElementStatistics(
                id, waiting.GetValueOrDefault(id)?.Count ?? 0, overdue.GetValueOrDefault(id), open.GetValueOrDefault(id),
                [.. (waiting.GetValueOrDefault(id) ?? []).Take(StatisticsInstanceSample)],
                durations.GetValueOrDefault(id)?.AverageSeconds, durations.GetValueOrDefault(id)?.Completed ?? 0))];
    }

    /// <summary>
    /// The active instances of one version waiting at <paramref name="elementId"/> (open user task, job, timer or message
    /// wait), in id order after <paramref name="after"/>: the pages behind a statistics number beyond its first
    /// <see cref="StatisticsInstanceSample"/>. Ids only; ordered and filtered by the database, so pages never overlap.
    /// </summary>
    public async Task<IReadOnlyList<Guid>> FindWaitingInstancesAsync(
        string key, int version, string elementId, Guid? after, int limit, CancellationToken ct = default)
    {
        await using var session = _database.Open();
        var db = session.Context;
        var (_, active) = await ActiveInstancesAsync(db, key, version, ct);

        var waiting = db.Set<UserTaskRow>().AsNoTracking()
            .Where(t => t.ElementId == elementId && t.State == UserTaskState.Created && active.Contains(t.InstanceId)).Select(t => t.InstanceId)
            .Union(db.Set<JobRow>().AsNoTracking().Where(j => j.ElementId == elementId && active.Contains(j.InstanceId)).Select(j => j.InstanceId))
            .Union(db.Set<TimerRow>().AsNoTracking()
                .Where(t => t.ElementId == elementId && t.InstanceId != null && active.Contains(t.InstanceId.Value)).Select(t => t.InstanceId!.Value))
            .Union(db.Set<MessageSubscriptionRow>().AsNoTracking()
                .Where(m => m.ElementId == elementId && active.Contains(m.InstanceId)).Select(m => m.InstanceId));
        if (after is { } last)
        {
            waiting = waiting.Where(id => id.CompareTo(last) > 0);
        }

        return await waiting.OrderBy(id => id).Take(_options.CheckedPageSize(limit)).ToListAsync(ct);
    }

    /// <summary>
    /// Per element of one definition version: the mean time from <see cref="ElementActivated"/> to
    /// <see cref="ElementCompleted"/> of the element instances that completed since <paramref name="since"/>. Reads only
    /// those two journal event types (element ids and instants, no variables) of instances that completed something in
    /// the window. Multi-instance bodies are left out: their inner instances carry the element's time.
    /// </summary>
    internal static async Task<IReadOnlyList<ElementDuration>> AverageDurationsAsync(
        DbContext db, Guid definitionId, DateTimeOffset since, CancellationToken ct)
    {
        var activated = nameof(ElementActivated);
        var completed = nameof(ElementCompleted);
        var journal = db.Set<JournalRow>().AsNoTracking();
        var instances = db.Set<ProcessInstanceRow>().AsNoTracking().Where(i => i.DefinitionId == definitionId).Select(i => i.Id);
        var recent = journal.Where(j => j.Type == completed && j.At >= since && instances.Contains(j.InstanceId)).Select(j => j.InstanceId);
        var rows = await journal
            .Where(j => (j.Type == activated || j.Type == completed) && recent.Contains(j.InstanceId))
            .Select(j => new { j.Type, j.Data })
            .ToListAsync(ct);

        var starts = new Dictionary<Guid, DateTimeOffset>();
        var ends = new List<ElementCompleted>();
        foreach (var row in rows)
        {
            switch (JournalCodec.Read(row.Type, row.Data))
            {
                case ElementActivated { IsMultiInstanceBody: false } start:
                    starts[start.ElementInstanceId] = start.At;
                    break;
                case ElementCompleted end when end.At >= since:
                    ends.Add(end);
                    break;
            }
        }

        return [.. ends
            .Where(e => starts.ContainsKey(e.ElementInstanceId))
            .GroupBy(e => e.ElementId, StringComparer.Ordinal)
            .Select(g => new ElementDuration(
                g.Key, g.Average(e => (e.At - starts[e.ElementInstanceId]).TotalSeconds), g.Count()))
            .OrderBy(d => d.ElementId, StringComparer.Ordinal)];
    }

    /// <summary>The id of <paramref name="key"/> v<paramref name="version"/>, and the ids of its active instances (a subquery, not read yet).</summary>
    private static async Task<(Guid DefinitionId, IQueryable<Guid> Active)> ActiveInstancesAsync(DbContext db, string key, int version, CancellationToken ct)
    {
        var definitionId = await db.Set<ProcessDefinitionRow>().AsNoTracking()
            .Where(d => d.Key == key && d.Version == version).Select(d => (Guid?)d.Id).FirstOrDefaultAsync(ct)
            ?? throw new WorkflowNotFoundException($"The process '{key}' has no version {version}.");
        var active = db.Set<ProcessInstanceRow>().AsNoTracking()
            .Where(i => i.DefinitionId == definitionId && i.State == InstanceState.Active).Select(i => i.Id);
        return (definitionId, active);
    }
}
