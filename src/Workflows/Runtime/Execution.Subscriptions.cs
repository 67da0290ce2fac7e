using LaiChau.Workflows.Feel;
using LaiChau.Workflows.Model;

namespace LaiChau.Workflows.Runtime;

/// <summary>
/// Opening, closing and firing subscriptions. A subscription lives as long as its owner: it is closed (with an
/// event, so the persistence layer can drop its row) when the owner completes or is terminated.
/// </summary>
internal sealed partial class Execution
{
    internal static readonly IReadOnlyDictionary<string, FeelValue> NoVariables = new Dictionary<string, FeelValue>();

    /// <summary>Elements entered because their event already happened: they complete at activation with these variables.</summary>
    private readonly Dictionary<Guid, IReadOnlyDictionary<string, FeelValue>> _triggered = [];

    /// <summary>Opens a timer or message wait of <paramref name="catcher"/>, evaluated in <paramref name="scope"/>; other definitions open nothing.</summary>
    private void OpenCatch(Guid owner, FlowNode catcher, EventDefinition definition, Guid scope)
    {
        var variables = new ScopeVariables(_state, scope);
        switch (definition)
        {
            case TimerEventDefinition timer:
                _timers.Open(owner, catcher, timer, variables);
                break;
            case MessageEventDefinition message:
                _messages.Open(owner, catcher, message, variables);
                break;
        }
    }

    /// <summary>Closes the subscriptions <paramref name="owner"/> holds (those matching <paramref name="which"/>).</summary>
    private void CloseSubscriptions(Guid owner, Func<EventSubscription, bool>? which = null)
    {
        foreach (var subscription in _state.Subscriptions.Where(s => s.ElementInstanceId == owner && (which is null || which(s))).ToList())
        {
            _state.RemoveSubscription(subscription);
            _events.Add(subscription.Kind == SubscriptionKind.Timer
                ? new TimerCancelled(Now, subscription.Id)
                : new MessageSubscriptionClosed(Now, subscription.Id));
        }
    }

    public void FireTimer(EventSubscription timer)
    {
        _state.RemoveSubscription(timer);
        _events.Add(new TimerFired(Now, timer.Id));
        var catcher = Model.FindNode(timer.ElementId)!;
        _timers.Rearm(timer, catcher);
        Dispatch(timer, catcher, NoVariables);
    }

    public void CorrelateMessage(EventSubscription message, IReadOnlyDictionary<string, FeelValue> variables)
    {
        _state.RemoveSubscription(message);
        _events.Add(new MessageCorrelated(Now, message.Id, message.MessageName!, message.CorrelationKey!));
        var catcher = Model.FindNode(message.ElementId)!;
        _messages.Reopen(message, catcher);
        Dispatch(message, catcher, variables);
    }

    /// <summary>What a subscription's event does, by the element that catches it and who owns the wait.</summary>
    private void Dispatch(EventSubscription subscription, FlowNode catcher, IReadOnlyDictionary<string, FeelValue> variables)
    {
        var owner = _state.FindElementInstance(subscription.ElementInstanceId);
        switch (catcher)
        {
            case BoundaryEvent boundary:
                FireBoundary(owner!, boundary, variables);
                break;
            case StartEvent start:
                _eventSubProcesses.Trigger(subscription.ElementInstanceId, (SubProcess)ModelIndex.Of(Model).ScopeOf(start.Id), start, variables);
                break;
            case var _ when owner!.ElementId == catcher.Id:
                SetEventVariables(owner, catcher, variables);
                ScheduleCompletion(owner);
                break;
            default:
                TriggerFromGateway(owner, catcher, variables);
                break;
        }
    }

    /// <summary>Enters an element whose event has already happened (boundary, event after a gateway, event sub-process start).</summary>
    private void EnterTriggered(FlowNode node, Guid? scopeId, IReadOnlyDictionary<string, FeelValue> variables) =>
        _triggered[Enter(node, scopeId).Id] = variables;

    /// <summary>At activation: a triggered element takes its event's variables and completes at once.</summary>
    private bool CompleteIfTriggered(ElementInstance element, FlowNode node)
    {
        if (!_triggered.Remove(element.Id, out var variables))
        {
            return false;
        }

        SetEventVariables(element, node, variables);
        Complete(element);
        return true;
    }

    /// <summary>
    /// An event's variables (message, error), as Zeebe sets them: local to the catching element when it has output
    /// mappings (which then decide what reaches the flow scope), else propagated like a job's completion variables.
    /// </summary>
    private void SetEventVariables(ElementInstance element, FlowNode node, IReadOnlyDictionary<string, FeelValue> variables)
    {
        foreach (var (name, value) in variables)
        {
            if (node.IoMapping.Outputs.Count > 0)
            {
                Set(element.Id, name, value);
            }
            else
            {
                Propagate(element, name, value);
            }
        }
    }

    /// <summary>
    /// What an element opens when it activates: its boundary events, its event sub-processes, its own wait. A
    /// multi-instance activity's boundary events belong to its body, not to each inner instance: the multi-instance
    /// code calls <see cref="OpenBoundaryEvents"/> for the body itself.
    /// </summary>
    private void OpenSubscriptionsAtActivation(ElementInstance element, FlowNode node)
    {
        if (node is Activity { MultiInstance: null })
        {
            OpenBoundaryEvents(element);
        }

        if (node is SubProcess sub)
        {
            _eventSubProcesses.Open(element.Id, sub);
        }

        switch (node)
        {
            case IntermediateCatchEvent catchEvent:
                OpenCatch(element.Id, node, catchEvent.Definition, element.Id);
                break;
            case ReceiveTask receive:
                OpenCatch(element.Id, node, receive.Message, element.Id);
                break;
            case Gateway { Kind: GatewayKind.EventBased }:
                foreach (var flow in Model.Outgoing(node.Id))
                {
                    var target = Model.FindNode(flow.TargetId)!;
                    OpenCatch(element.Id, target, CatchDefinition(target), element.Id);
                }

                break;
        }
    }

    private static EventDefinition CatchDefinition(FlowNode node) => node switch
    {
        IntermediateCatchEvent e => e.Definition,
        ReceiveTask r => r.Message,
        _ => NoneEventDefinition.Instance,
    };

    /// <summary>Event-based gateway: the first event wins; completing the gateway closes the other waits.</summary>
    private void TriggerFromGateway(ElementInstance? gateway, FlowNode target, IReadOnlyDictionary<string, FeelValue> variables)
    {
        var flow = Model.Outgoing(gateway!.ElementId).First(f => f.TargetId == target.Id);
        Complete(gateway, [flow]);
        // The flow entered the target just now (its activation is queued): mark it as already triggered.
        _triggered[_state.ElementInstances.Last(e => e.ElementId == target.Id).Id] = variables;
    }
}
