using LaiChau.Workflows.Engine.Rows;
using LaiChau.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;

namespace LaiChau.Workflows.Engine;

/// <summary>Incidents: retried once their cause is fixed (variables set, worker deployed).</summary>
public sealed class WorkflowIncidents : WorkflowEnginePart
{
    internal WorkflowIncidents(CommandRunner runner)
        : base(runner)
    {
    }

    /// <summary>
    /// A job incident gives the job <paramref name="retries"/> more attempts; any other re-runs the step that failed
    /// (activation, completion, or the error throw). A retry that fails again raises a new incident.
    /// </summary>
    public Task RetryIncidentAsync(Guid incidentId, int retries = 1, CancellationToken ct = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(retries, 1);
        return Runner.RunAsync(async unit =>
        {
            var incident = await unit.Db.Set<IncidentRow>().FirstOrDefaultAsync(i => i.Id == incidentId, ct)
                ?? throw new WorkflowNotFoundException($"Incident {incidentId} does not exist.");
            if (incident.State != IncidentState.Open)
            {
                throw new WorkflowConflictException($"Incident {incidentId} is resolved already.");
            }

            var instance = await unit.LoadAsync(incident.InstanceId, ct);
            instance.EnsureActive();
            if (incident.Kind is IncidentKind.JobNoRetries or IncidentKind.UnknownJobType)
            {
                await RetryJobAsync(unit, instance, incident, retries, ct);
            }
            else if (incident.Kind == IncidentKind.CalledProcessMissing)
            {
                await RetryCallAsync(unit, instance, incident, ct);
            }
            else
            {
                var events = Services.Semantics.RetryIncident(instance.State, incident.ElementInstanceId);
                if (events.Count == 0)
                {
                    throw new WorkflowConflictException($"The element of incident {incidentId} no longer waits on it.");
                }

                await unit.ApplyAsync(instance, events, ct);
            }

            return true;
        }, ct);
    }

    /// <summary>The called process is deployed now (else the retry raises the same incident again).</summary>
    private static async Task RetryCallAsync(CommandUnit unit, InstanceAggregate instance, IncidentRow incident, CancellationToken ct)
    {
        var element = instance.State.FindElementInstance(incident.ElementInstanceId);
        if (element is not { IsActive: true } || instance.Process.Model.FindNode(element.ElementId) is not Model.CallActivity)
        {
            throw new WorkflowConflictException($"The call activity of incident {incident.Id} no longer waits.");
        }

        var journal = await unit.Db.Set<JournalRow>().AsNoTracking()
            .Where(j => j.InstanceId == instance.Id && j.Type == nameof(CallActivityStarted))
            .OrderByDescending(j => j.Sequence).Select(j => j.Data).ToListAsync(ct);
        var started = journal.Select(d => (CallActivityStarted)JournalCodec.Read(nameof(CallActivityStarted), d))
            .First(c => c.ElementInstanceId == element.Id);
        Resolve(unit, instance, incident);
        await unit.StartChildAsync(instance, started, ct);
    }

    private static void Resolve(CommandUnit unit, InstanceAggregate instance, IncidentRow incident)
    {
        incident.State = IncidentState.Resolved;
        incident.ResolvedAt = unit.Now;
        instance.Row.OpenIncidents = Math.Max(0, instance.Row.OpenIncidents - 1);
        unit.Journal(instance, new IncidentResolved(unit.Now, incident.ElementInstanceId));
    }

    private async Task RetryJobAsync(CommandUnit unit, InstanceAggregate instance, IncidentRow incident, int retries, CancellationToken ct)
    {
        var job = await unit.Db.Set<JobRow>().FirstOrDefaultAsync(j => j.Id == incident.JobId, ct)
            ?? throw new WorkflowConflictException($"The job of incident {incident.Id} no longer exists.");
        if (!(Services.Options.IsJobTypeHandled?.Invoke(job.Type) ?? true))
        {
            throw new WorkflowConflictException($"Still no worker handles jobs of type '{job.Type}': register one, then retry.");
        }

        job.Retries = retries;
        job.RunAfter = unit.Now;
        Resolve(unit, instance, incident);
        unit.MarkJobsCreated();
    }
}
