using LaiChau.Workflows.Feel;
using LaiChau.Workflows.Model;

namespace LaiChau.Workflows.Runtime;

/// <summary>
/// What a fired timer or a correlated message does, by the element that catches it and who owns the wait: a
/// boundary fires, an event sub-process starts, a waiting event completes, an event-based gateway takes that
/// event's flow. A collaborator of the run behind <see cref="IAgenda"/>; its state is the elements entered in this
/// command because their event already happened.
/// </summary>
internal sealed class FiredEvents(
    IAgenda agenda, TimerSchedule timers, MessageSubscriptions messages, BoundaryEvents boundaries, EventSubProcesses eventSubProcesses)
{
    internal static readonly IReadOnlyDictionary<string, FeelValue> NoVariables = new Dictionary<string, FeelValue>();

    /// <summary>Elements entered because their event already happened: they complete at activation with these variables.</summary>
    private readonly Dictionary<Guid, IReadOnlyDictionary<string, FeelValue>> _triggered = [];

    private ProcessInstanceState State => agenda.State;

    private ProcessModel Model => agenda.State.Model;

    public void FireTimer(EventSubscription timer)
    {
        State.RemoveSubscription(timer);
        agenda.Emit(new TimerFired(agenda.Now, timer.Id));
        var catcher = Model.FindNode(timer.ElementId)!;
        timers.Rearm(timer, catcher);
        Dispatch(timer, catcher, NoVariables);
    }

    public void CorrelateMessage(EventSubscription message, IReadOnlyDictionary<string, FeelValue> variables)
    {
        State.RemoveSubscription(message);
        agenda.Emit(new MessageCorrelated(agenda.Now, message.Id, message.MessageName!, message.CorrelationKey!));
        var catcher = Model.FindNode(message.ElementId)!;
        messages.Reopen(message, catcher);
        Dispatch(message, catcher, variables);
    }

    /// <summary>Enters an element whose event has already happened (boundary, event after a gateway, event sub-process start).</summary>
    public void EnterTriggered(FlowNode node, Guid? scopeId, IReadOnlyDictionary<string, FeelValue> variables) =>
        _triggered[agenda.Enter(node, scopeId).Id] = variables;

    /// <summary>At activation: a triggered element takes its event's variables and completes at once.</summary>
    public bool CompleteIfTriggered(ElementInstance element, FlowNode node)
    {
        if (!_triggered.Remove(element.Id, out var variables))
        {
            return false;
        }

        SetEventVariables(element, node, variables);
        agenda.Complete(element);
        return true;
    }

    private void Dispatch(EventSubscription subscription, FlowNode catcher, IReadOnlyDictionary<string, FeelValue> variables)
    {
        var owner = State.FindElementInstance(subscription.ElementInstanceId);
        switch (catcher)
        {
            case BoundaryEvent boundary:
                boundaries.Fire(owner!, boundary, variables);
                break;
            case StartEvent start:
                eventSubProcesses.Trigger(subscription.ElementInstanceId, (SubProcess)ModelIndex.Of(Model).ScopeOf(start.Id), start, variables);
                break;
            case var _ when owner!.ElementId == catcher.Id:
                SetEventVariables(owner, catcher, variables);
                agenda.ScheduleCompletion(owner);
                break;
            default:
                TriggerFromGateway(owner, catcher, variables);
                break;
        }
    }

    /// <summary>
    /// An event's variables (message, error), as Zeebe sets them: local to the catching element when it has output
    /// mappings (which then decide what reaches the flow scope), else propagated like a job's completion variables.
    /// </summary>
    public void SetEventVariables(ElementInstance element, FlowNode node, IReadOnlyDictionary<string, FeelValue> variables)
    {
        foreach (var (name, value) in variables)
        {
            if (node.IoMapping.Outputs.Count > 0)
            {
                agenda.Set(element.Id, name, value);
            }
            else
            {
                agenda.Propagate(element.Id, name, value);
            }
        }
    }

    /// <summary>Event-based gateway: the first event wins; completing the gateway closes the other waits.</summary>
    private void TriggerFromGateway(ElementInstance gateway, FlowNode target, IReadOnlyDictionary<string, FeelValue> variables)
    {
        var flow = Model.Outgoing(gateway.ElementId).First(f => f.TargetId == target.Id);
        agenda.Complete(gateway, [flow]);
        // The flow entered the target just now (its activation is queued): mark it as already triggered.
        _triggered[State.ElementInstances.Last(e => e.ElementId == target.Id).Id] = variables;
    }
}
