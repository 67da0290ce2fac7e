using LaiChau.Workflows.Engine.Rows;
using Microsoft.EntityFrameworkCore;

namespace LaiChau.Workflows.Engine;

/// <summary>
/// How many active instances of one version wait at an element, how many of those are overdue, open incidents, the
/// first <see cref="WorkflowEngine.StatisticsInstanceSample"/> of the waiting instances (to open one), and the average
/// time the element took over the <see cref="WorkflowEngine.AverageDurationWindow"/> (null when nothing completed there).
/// </summary>
public sealed record ElementStatistics(
    string ElementId, int Waiting, int Overdue, int Incidents, IReadOnlyList<Guid> InstanceIds, double? AverageSeconds = null, int Completed = 0);

public sealed partial class WorkflowEngine
{
    public const int StatisticsInstanceSample = 20;

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
        var definitionId = await db.Set<ProcessDefinitionRow>().AsNoTracking()
            .Where(d => d.Key == key && d.Version == version).Select(d => (Guid?)d.Id).FirstOrDefaultAsync(ct)
            ?? throw new WorkflowNotFoundException($"The process '{key}' has no version {version}.");
        var active = db.Set<ProcessInstanceRow>().AsNoTracking()
            .Where(i => i.DefinitionId == definitionId && i.State == InstanceState.Active).Select(i => i.Id);

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

        var now = Clock.GetUtcNow();
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
}
