using LaiChau.Workflows.Feel;
using LaiChau.Workflows.Model;

namespace LaiChau.Workflows.Runtime;

/// <summary>
/// Event sub-processes (Camunda 8, "Event subprocesses"): the timer and message starts of a scope's event
/// sub-processes are open while the scope is (the process, or a sub-process instance); error and escalation starts
/// are found when something is thrown. The scope key is the instance id for the process scope. A collaborator of
/// the run behind <see cref="IAgenda"/>; its state is the triggers of the event sub-processes started in this command.
/// </summary>
internal sealed class EventSubProcesses(IAgenda agenda)
{
    /// <summary>Event sub-processes started in this command, with the variables their start event brings.</summary>
    private readonly Dictionary<Guid, (StartEvent Start, IReadOnlyDictionary<string, FeelValue> Variables)> _eventStarts = [];

    private ProcessInstanceState State => agenda.State;

    private ProcessModel Model => agenda.State.Model;

    public void Open(Guid scopeKey, IFlowScope scope)
    {
        foreach (var eventSubProcess in ModelIndex.EventSubProcessesOf(scope))
        {
            var start = ModelIndex.StartOf(eventSubProcess);
            agenda.OpenCatch(scopeKey, start, start.Definition, scopeKey);
        }
    }

    /// <summary>The process scope has no element instance to hold an incident: a failing event sub-process start is reported on the instance id.</summary>
    public void OpenForProcess()
    {
        try
        {
            Open(State.Id, Model);
        }
        catch (FeelException e)
        {
            agenda.Emit(new IncidentRaised(agenda.Now, State.Id, e.Message));
        }
    }

    /// <summary>
    /// Interrupting: every other token of the scope is terminated and the scope's other event sub-process waits are
    /// closed, then the event sub-process runs. Non-interrupting: it runs beside the other tokens.
    /// </summary>
    public void Trigger(Guid scopeKey, SubProcess eventSubProcess, StartEvent start, IReadOnlyDictionary<string, FeelValue> variables)
    {
        Guid? scopeId = scopeKey == State.Id ? null : scopeKey;
        if (start.IsInterrupting)
        {
            var scope = ModelIndex.Of(Model).ScopeOf(eventSubProcess.Id);
            var starts = ModelIndex.EventSubProcessesOf(scope).Select(s => ModelIndex.StartOf(s).Id).ToHashSet(StringComparer.Ordinal);
            agenda.CloseSubscriptions(scopeKey, s => starts.Contains(s.ElementId));
            foreach (var element in State.ActiveElementInstances.Where(e => e.ScopeId == scopeId).ToList())
            {
                agenda.Terminate(element);
            }
        }

        var instance = agenda.Enter(eventSubProcess, scopeId);
        _eventStarts[instance.Id] = (start, variables);
    }

    /// <summary>At the event sub-process's activation: its start event enters as already triggered.</summary>
    public void EnterStart(ElementInstance instance, SubProcess eventSubProcess)
    {
        var (start, variables) = _eventStarts.Remove(instance.Id, out var trigger)
            ? trigger
            : (ModelIndex.StartOf(eventSubProcess), FiredEvents.NoVariables);
        agenda.EnterTriggered(start, instance.Id, variables);
    }
}
