using LaiChau.Workflows.Calendar;
using LaiChau.Workflows.Feel;
using LaiChau.Workflows.Model;

namespace LaiChau.Workflows.Runtime;

/// <summary>
/// One command's run over one instance: an agenda of activations and completions, worked off until every token
/// waits. Work for an element instance that is no longer active (terminated meanwhile) is skipped. The agenda
/// activates, completes and terminates elements and scopes; what each element kind does is left to its collaborator
/// (one per kind, as Zeebe gives each its processor), which sees the run only through <see cref="IAgenda"/>.
/// </summary>
internal sealed class Execution : IAgenda
{
    private readonly ProcessInstanceState _state;
    private readonly Expressions _expressions;
    private readonly TimeProvider _clock;
    private readonly Func<Guid> _newId;
    private readonly Queue<(ElementInstance Element, bool Complete)> _agenda = new();
    private readonly List<RuntimeEvent> _events = [];
    private readonly FlowsAndGateways _flows;
    private readonly InclusiveJoins _inclusiveJoins;
    private readonly VariableMappings _variables;
    private readonly CallActivities _callActivities;
    private readonly TimerSchedule _timers;
    private readonly MultiInstanceBodies _multiInstance;
    private readonly EventSubProcesses _eventSubProcesses;
    private readonly ErrorsAndEscalations _errors;
    private readonly EventWaits _waits;
    private readonly FiredEvents _fired;
    private readonly JobsAndUserTasks _tasks;
    private readonly ThrowAndEndEvents _throws;

    public Execution(
        ProcessInstanceState state, Expressions expressions, TimeProvider clock, Func<Guid> newId, Func<WorkingDayCalculator> workingDays)
    {
        _state = state;
        _expressions = expressions;
        _clock = clock;
        _newId = newId;
        _flows = new FlowsAndGateways(this);
        _inclusiveJoins = new InclusiveJoins(this, _flows);
        _callActivities = new CallActivities(this);
        _timers = new TimerSchedule(this, workingDays);
        var messages = new MessageSubscriptions(this);
        var boundaries = new BoundaryEvents(this);
        _multiInstance = new MultiInstanceBodies(this, boundaries);
        _variables = new VariableMappings(this, _multiInstance);
        _eventSubProcesses = new EventSubProcesses(this);
        _errors = new ErrorsAndEscalations(this, _eventSubProcesses, boundaries);
        _waits = new EventWaits(this, _timers, messages, boundaries, _eventSubProcesses);
        _fired = new FiredEvents(this, _timers, messages, boundaries, _eventSubProcesses);
        _tasks = new JobsAndUserTasks(this, _timers);
        _throws = new ThrowAndEndEvents(this, _tasks, _errors);
    }

    /// <summary>The step being run, recorded on an incident so that a retry re-runs it.</summary>
    private IncidentStep _step;

    private ProcessModel Model => _state.Model;

    public IReadOnlyList<RuntimeEvent> Events => _events;

    public DateTimeOffset Now => _clock.GetUtcNow();

    ProcessInstanceState IAgenda.State => _state;

    Expressions IAgenda.Expressions => _expressions;

    Guid IAgenda.NewId() => _newId();

    void IAgenda.ScheduleActivation(ElementInstance element) => _agenda.Enqueue((element, false));

    void IAgenda.Complete(ElementInstance element, IReadOnlyList<SequenceFlow>? flows) => Complete(element, flows);

    void IAgenda.Terminate(ElementInstance element) => Terminate(element);

    bool IAgenda.Guarded(ElementInstance element, Action step) => Guarded(element, step);

    void IAgenda.RaiseIncident(ElementInstance element, string reason, IncidentStep step) => RaiseIncident(element, reason, step);

    void IAgenda.Propagate(Guid from, string name, FeelValue value) => _variables.Propagate(from, name, value);

    void IAgenda.EnterTriggered(FlowNode node, Guid? scopeId, IReadOnlyDictionary<string, FeelValue> variables) => _fired.EnterTriggered(node, scopeId, variables);

    void IAgenda.OpenCatch(Guid owner, FlowNode catcher, EventDefinition definition, Guid scope) => _waits.Open(owner, catcher, definition, scope);

    void IAgenda.CloseSubscriptions(Guid owner, Func<EventSubscription, bool>? which) => _waits.Close(owner, which);

    // What Semantics asks of a run, passed on to the collaborator that handles it.
    public void Set(Guid scope, string name, FeelValue value) => _variables.Set(scope, name, value);

    public void Propagate(ElementInstance element, string name, FeelValue value) => _variables.Propagate(element.Id, name, value);

    /// <summary>A job or user task finished: its variables are set as an event's are, then it completes.</summary>
    public void CompleteWait(ElementInstance element, FlowNode node, IReadOnlyDictionary<string, FeelValue> variables)
    {
        _fired.SetEventVariables(element, node, variables);
        ScheduleCompletion(element);
    }

    public void FireTimer(EventSubscription timer) => _fired.FireTimer(timer);

    public void CorrelateMessage(EventSubscription message, IReadOnlyDictionary<string, FeelValue> variables) => _fired.CorrelateMessage(message, variables);

    /// <summary>A job reports a BPMN error (<see cref="Semantics.ThrowError"/>).</summary>
    public void ThrowError(ElementInstance thrower, string? code, string? message, IReadOnlyDictionary<string, FeelValue> variables, bool byJob) =>
        _errors.ThrowError(thrower, code, message, variables, byJob);

    public void OpenProcessEventSubProcesses() => _eventSubProcesses.OpenForProcess();

    /// <summary>A process's timer start events: planned on a scratch state, outside any instance (the host keeps them).</summary>
    public void OpenStartTimer(StartEvent start) =>
        _timers.Open(_state.Id, start, (TimerEventDefinition)start.Definition, new ScopeVariables(_state, _state.Id));

    public void RearmStartTimer(EventSubscription fired) => _timers.Rearm(fired, Model.FindNode(fired.ElementId)!);

    public void Run()
    {
        _inclusiveJoins.MarkStuck();
        do
        {
            WorkOffAgenda();
        }
        while (_state.Status == InstanceStatus.Active && _inclusiveJoins.FireReady());
    }

    private void WorkOffAgenda()
    {
        while (_agenda.TryDequeue(out var work))
        {
            if (!work.Element.IsActive || _state.Status != InstanceStatus.Active)
            {
                continue;
            }

            if (work.Complete)
            {
                Complete(work.Element);
            }
            else
            {
                Activate(work.Element);
            }
        }
    }

    public ElementInstance Enter(FlowNode node, Guid? scopeId)
    {
        var element = _state.Add(_newId(), node.Id, scopeId);
        element.IsMultiInstanceBody = node is Activity { MultiInstance: not null };
        _events.Add(new ElementActivated(Now, element.Id, node.Id, scopeId, element.IsMultiInstanceBody));
        _agenda.Enqueue((element, false));
        return element;
    }

    public void ScheduleCompletion(ElementInstance element) => _agenda.Enqueue((element, true));

    public void Emit(RuntimeEvent e) => _events.Add(e);

    private void Activate(ElementInstance element)
    {
        _step = IncidentStep.Activation;
        var node = Model.FindNode(element.ElementId)!;
        if (element.IsMultiInstanceBody)
        {
            _multiInstance.ActivateBody(element, (Activity)node);
            return;
        }

        if (!Guarded(element, () => _variables.ApplyInputs(element, node)))
        {
            return;
        }

        if (_fired.CompleteIfTriggered(element, node) || !Guarded(element, () => _waits.OpenAtActivation(element, node)))
        {
            return;
        }

        switch (node)
        {
            case JobTask task:
                Guarded(element, () => _tasks.CreateJob(element, task, task.Job));
                break;
            case UserTask task:
                Guarded(element, () => _tasks.CreateUserTask(element, task));
                break;
            case SubProcess { TriggeredByEvent: true } eventSubProcess:
                _eventSubProcesses.EnterStart(element, eventSubProcess);
                break;
            case CallActivity call:
                Guarded(element, () => _callActivities.Start(element, call));
                break;
            case SubProcess sub:
                Enter(NoneStartOf(sub), element.Id);
                break;
            case Gateway { Kind: GatewayKind.EventBased } or IntermediateCatchEvent or ReceiveTask:
                break; // waits for the subscriptions opened above
            case Gateway gateway:
                _flows.TryCompleteGateway(element, gateway);
                break;
            default:
                if (!_throws.Activate(element, node))
                {
                    Complete(element);
                }

                break;
        }
    }

    /// <summary>Completes an element: output mappings, then its outgoing flows (all of them, a gateway's chosen ones).</summary>
    private void Complete(ElementInstance element, IReadOnlyList<SequenceFlow>? flows = null)
    {
        var node = Model.FindNode(element.ElementId)!;
        _step = node is Gateway ? IncidentStep.Activation : IncidentStep.Completion;
        if (!Guarded(element, () => _variables.ApplyOutputs(element, node)))
        {
            return;
        }

        _waits.Close(element.Id);
        DropIncident(element);
        if (_multiInstance.IsInnerInstance(element))
        {
            _multiInstance.CompleteInner(element, (Activity)node);
            return;
        }

        element.State = ElementInstanceState.Completed;
        _state.DropScope(element.Id);
        _events.Add(new ElementCompleted(Now, element.Id, element.ElementId));
        foreach (var flow in flows ?? Model.Outgoing(node.Id))
        {
            _flows.Take(flow, element.ScopeId);
        }

        CompleteScopeIfDone(element.ScopeId);
    }

    private void CompleteScopeIfDone(Guid? scopeId)
    {
        if (_state.ActiveElementInstances.Any(e => e.ScopeId == scopeId))
        {
            return;
        }

        if (scopeId is { } sub)
        {
            Complete(_state.FindElementInstance(sub)!);
            return;
        }

        _waits.Close(_state.Id);
        _state.Status = InstanceStatus.Completed;
        _events.Add(new InstanceCompleted(Now, _state.Id));
    }

    /// <summary>Cancel: every token, innermost first, then the instance.</summary>
    public void TerminateAll()
    {
        foreach (var element in _state.ActiveElementInstances.Where(e => e.ScopeId is null).ToList())
        {
            Terminate(element);
        }

        _waits.Close(_state.Id);
        _state.Status = InstanceStatus.Terminated;
        _events.Add(new InstanceTerminated(Now, _state.Id));
    }

    /// <summary>Children first, so the journal reads inside-out as in Zeebe.</summary>
    private void Terminate(ElementInstance element)
    {
        foreach (var child in _state.ActiveElementInstances.Where(e => e.ScopeId == element.Id).ToList())
        {
            Terminate(child);
        }

        _waits.Close(element.Id);
        DropIncident(element);
        element.State = ElementInstanceState.Terminated;
        _state.DropScope(element.Id);
        _events.Add(new ElementTerminated(Now, element.Id, element.ElementId));
    }

    /// <summary>Runs a step that may evaluate FEEL; a FEEL failure becomes an incident and the token stays.</summary>
    private bool Guarded(ElementInstance element, Action step)
    {
        try
        {
            step();
            return true;
        }
        catch (FeelException e)
        {
            RaiseIncident(element, e.Message);
            return false;
        }
    }

    public void RaiseIncident(ElementInstance element, string reason) => RaiseIncident(element, reason, _step);

    /// <summary>A failed activation also closes what it opened, so that its retry opens it afresh.</summary>
    private void RaiseIncident(ElementInstance element, string reason, IncidentStep step)
    {
        element.Incident = step;
        if (step == IncidentStep.Activation)
        {
            _waits.Close(element.Id);
        }

        _events.Add(new IncidentRaised(Now, element.Id, reason, step));
    }

    /// <summary>Incidents are resolved by re-running the step that failed (Camunda 8, "Incidents": fix, then retry).</summary>
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
                _step = IncidentStep.JobError;
                _tasks.CreateJobAgain(element);
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

    internal static StartEvent NoneStartOf(IFlowScope scope) =>
        scope.Nodes.OfType<StartEvent>().FirstOrDefault(s => s.Definition is NoneEventDefinition)
        ?? throw new InvalidOperationException($"Scope '{scope.Id}' has no none start event.");
}
