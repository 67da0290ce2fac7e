using LaiChau.Workflows.Feel;
using LaiChau.Workflows.Model;

namespace LaiChau.Workflows.Runtime;

/// <summary>Incidents are resolved by re-running the step that failed (Camunda 8, "Incidents": fix, then retry).</summary>
internal sealed partial class Execution
{
    /// <summary>The elements <see cref="Semantics.CompleteWait"/> completes: tasks for a worker or a person, and job events.</summary>
    internal static bool IsWait(FlowNode? node) => node is JobTask or UserTask || JobOf(node) is not null;

    internal static JobDefinition? JobOf(FlowNode? node) => node switch
    {
        JobTask t => t.Job,
        IntermediateThrowEvent t => t.Job,
        EndEvent e => e.Job,
        _ => null,
    };

    public void Retry(ElementInstance element)
    {
        var step = element.Incident!.Value;
        element.Incident = null;
        _events.Add(new IncidentResolved(Now, element.Id));
        switch (step)
        {
            case IncidentStep.Activation:
                _agenda.Enqueue((element, false));
                break;
            case IncidentStep.Completion:
                ScheduleCompletion(element);
                break;
            default:
                // Zeebe: resolving an unhandled job error makes the job available to workers again.
                _step = IncidentStep.JobError;
                var node = Model.FindNode(element.ElementId)!;
                Guarded(element, () => CreateJob(element, node, JobOf(node)!));
                break;
        }
    }

    /// <summary>An element instance that ends (terminated, or completed by its worker) takes its open incident with it (Zeebe resolves it).</summary>
    private void DropIncident(ElementInstance element)
    {
        if (element.Incident is not null)
        {
            element.Incident = null;
            _events.Add(new IncidentResolved(Now, element.Id));
        }
    }

    /// <summary>The process scope has no element instance to hold an incident: a failing event sub-process start is reported on the instance id.</summary>
    public void OpenProcessEventSubProcesses()
    {
        try
        {
            _eventSubProcesses.Open(_state.Id, Model);
        }
        catch (FeelException e)
        {
            _events.Add(new IncidentRaised(Now, _state.Id, e.Message));
        }
    }
}
