using LaiChau.Workflows.Engine.Rows;
using Microsoft.EntityFrameworkCore;

namespace LaiChau.Workflows.Engine;

/// <summary>Incident rows and the instance's count of open ones (its "incident" state).</summary>
internal sealed partial class CommandUnit
{
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
}
