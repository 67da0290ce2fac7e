using LaiChau.Workflows.Engine.Rows;
using Microsoft.EntityFrameworkCore;

namespace LaiChau.Workflows.Engine;

public sealed partial class WorkflowEngine
{
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
        var definitionId = await db.Set<ProcessDefinitionRow>().AsNoTracking()
            .Where(d => d.Key == key && d.Version == version).Select(d => (Guid?)d.Id).FirstOrDefaultAsync(ct)
            ?? throw new WorkflowNotFoundException($"The process '{key}' has no version {version}.");
        var active = db.Set<ProcessInstanceRow>().AsNoTracking()
            .Where(i => i.DefinitionId == definitionId && i.State == InstanceState.Active).Select(i => i.Id);

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

        return await waiting.OrderBy(id => id).Take(Limit(limit)).ToListAsync(ct);
    }
}
