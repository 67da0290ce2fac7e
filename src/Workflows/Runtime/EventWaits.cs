using LaiChau.Workflows.Model;

namespace LaiChau.Workflows.Runtime;

/// <summary>
/// Opening and closing the event waits (subscriptions) of a run. A subscription lives as long as its owner: it is
/// closed (with an event, so the persistence layer can drop its row) when the owner completes or is terminated.
/// A collaborator of the run behind <see cref="IAgenda"/>; timers and messages each have their own (<see cref="TimerSchedule"/>,
/// <see cref="MessageSubscriptions"/>). When a wait's event comes, <see cref="FiredEvents"/> takes over.
/// </summary>
internal sealed class EventWaits(
    IAgenda agenda, TimerSchedule timers, MessageSubscriptions messages, BoundaryEvents boundaries, EventSubProcesses eventSubProcesses)
{
    private ProcessInstanceState State => agenda.State;

    /// <summary>Opens a timer or message wait of <paramref name="catcher"/>, evaluated in <paramref name="scope"/>; other definitions open nothing.</summary>
    public void Open(Guid owner, FlowNode catcher, EventDefinition definition, Guid scope)
    {
        var variables = new ScopeVariables(State, scope);
        switch (definition)
        {
            case TimerEventDefinition timer:
                timers.Open(owner, catcher, timer, variables);
                break;
            case MessageEventDefinition message:
                messages.Open(owner, catcher, message, variables);
                break;
        }
    }

    /// <summary>Closes the subscriptions <paramref name="owner"/> holds (those matching <paramref name="which"/>).</summary>
    public void Close(Guid owner, Func<EventSubscription, bool>? which = null)
    {
        foreach (var subscription in State.Subscriptions.Where(s => s.ElementInstanceId == owner && (which is null || which(s))).ToList())
        {
            State.RemoveSubscription(subscription);
            agenda.Emit(subscription.Kind == SubscriptionKind.Timer
                ? new TimerCancelled(agenda.Now, subscription.Id)
                : new MessageSubscriptionClosed(agenda.Now, subscription.Id));
        }
    }

    /// <summary>
    /// What an element opens when it activates: its boundary events, its event sub-processes, its own wait. A
    /// multi-instance activity's boundary events belong to its body, not to each inner instance: the multi-instance
    /// code opens them for the body itself (<see cref="BoundaryEvents.OpenForBody"/>).
    /// </summary>
    public void OpenAtActivation(ElementInstance element, FlowNode node)
    {
        if (node is Activity { MultiInstance: null })
        {
            boundaries.Open(element);
        }

        if (node is SubProcess sub)
        {
            eventSubProcesses.Open(element.Id, sub);
        }

        switch (node)
        {
            case IntermediateCatchEvent catchEvent:
                Open(element.Id, node, catchEvent.Definition, element.Id);
                break;
            case ReceiveTask receive:
                Open(element.Id, node, receive.Message, element.Id);
                break;
            case Gateway { Kind: GatewayKind.EventBased }:
                foreach (var flow in State.Model.Outgoing(node.Id))
                {
                    var target = State.Model.FindNode(flow.TargetId)!;
                    Open(element.Id, target, CatchDefinition(target), element.Id);
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
}
