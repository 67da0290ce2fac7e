using LaiChau.Workflows.Feel;
using LaiChau.Workflows.Model;

namespace LaiChau.Workflows.Runtime;

/// <summary>
/// What the collaborators of one run (one per element kind, as Zeebe gives each its processor: <see cref="EventWaits"/>,
/// <see cref="FiredEvents"/>, <see cref="BoundaryEvents"/>, <see cref="JobsAndUserTasks"/>, <see cref="ThrowAndEndEvents"/>,
/// <see cref="ErrorsAndEscalations"/>, <see cref="EventSubProcesses"/>, <see cref="MultiInstanceBodies"/>,
/// <see cref="FlowsAndGateways"/>, <see cref="InclusiveJoins"/>, <see cref="VariableMappings"/>, <see cref="CallActivities"/>, <see cref="TimerSchedule"/>, <see cref="MessageSubscriptions"/>)
/// may ask of the <see cref="Execution"/> they belong to: the instance, its expressions, the clock and ids, and the
/// moves only the agenda makes. A collaborator that needs another takes it in its constructor, not through here.
/// </summary>
internal interface IAgenda
{
    ProcessInstanceState State { get; }

    Expressions Expressions { get; }

    DateTimeOffset Now { get; }

    Guid NewId();

    /// <summary>Adds an event to the run's output (the journal's next entry).</summary>
    void Emit(RuntimeEvent e);

    /// <summary>The element's token stays; the step being run is recorded for a retry.</summary>
    void RaiseIncident(ElementInstance element, string reason);

    /// <summary>As above, for a step other than the one being run (an uncaught error thrown by a job).</summary>
    void RaiseIncident(ElementInstance element, string reason, IncidentStep step);

    /// <summary>Runs a step that may evaluate FEEL; a FEEL failure becomes an incident on the element and false.</summary>
    bool Guarded(ElementInstance element, Action step);

    /// <summary>Sets a local variable of a scope (the instance id for the process scope).</summary>
    void Set(Guid scope, string name, FeelValue value);

    /// <summary>Sets a variable in the nearest scope from <paramref name="from"/> outwards that defines it, else in the process scope.</summary>
    void Propagate(Guid from, string name, FeelValue value);

    /// <summary>Adds an element instance to the state and queues its activation.</summary>
    ElementInstance Enter(FlowNode node, Guid? scopeId);

    /// <summary>Enters an element whose event already happened: it completes at activation with these variables.</summary>
    void EnterTriggered(FlowNode node, Guid? scopeId, IReadOnlyDictionary<string, FeelValue> variables);

    /// <summary>Queues the activation of an element instance already added to the state.</summary>
    void ScheduleActivation(ElementInstance element);

    /// <summary>Queues the completion of an element instance (its event came).</summary>
    void ScheduleCompletion(ElementInstance element);

    /// <summary>Completes the element now: outputs, subscriptions closed, outgoing flows (all, or <paramref name="flows"/>), its scope if done.</summary>
    void Complete(ElementInstance element, IReadOnlyList<SequenceFlow>? flows = null);

    /// <summary>Terminates the element now, children first.</summary>
    void Terminate(ElementInstance element);

    /// <summary>Opens the timer or message wait of a catching element for its owner, evaluated in <paramref name="scope"/>.</summary>
    void OpenCatch(Guid owner, FlowNode catcher, EventDefinition definition, Guid scope);

    /// <summary>Closes the subscriptions <paramref name="owner"/> holds (those matching <paramref name="which"/>).</summary>
    void CloseSubscriptions(Guid owner, Func<EventSubscription, bool>? which);
}
