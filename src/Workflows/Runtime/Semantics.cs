using LaiChau.Workflows.Calendar;
using LaiChau.Workflows.Feel;
using LaiChau.Workflows.Model;

namespace LaiChau.Workflows.Runtime;

/// <summary>
/// The database-free BPMN semantics (ADR 6 point 3): each operation advances an instance synchronously until every
/// token waits and returns the events it produced. Ids come from <c>newId</c> and instants from the clock, so a run
/// is deterministic. Elements the runtime does not execute are refused at <see cref="Start"/> (<see cref="UnsupportedElementException"/>).
/// </summary>
public sealed partial class Semantics
{
    private readonly TimeProvider _clock;
    private readonly Func<Guid> _newId;
    private readonly Expressions _expressions;
    private readonly Func<WorkingDayCalculator> _workingDays;

    /// <param name="workingDays">The calendar for timers with <c>calendar = working-days</c>, asked at each use so the host can publish a new one; default: the official calendar.</param>
    public Semantics(TimeProvider clock, Func<Guid> newId, FeelFunctions? functions = null, Func<WorkingDayCalculator>? workingDays = null)
    {
        _clock = clock;
        _newId = newId;
        _workingDays = workingDays ?? (static () => OfficialWorkingDays.Value);
        _expressions = new Expressions(new FeelContext(clock, functions), functions);
    }

    /// <summary>Starts an instance at the process's none start event with <paramref name="variables"/> in the process scope.</summary>
    public StartedInstance Start(ProcessModel model, IReadOnlyDictionary<string, FeelValue> variables) =>
        Start(model, variables, Execution.NoneStartOf(model).Id);

    /// <summary>
    /// Starts an instance at the process-level start event <paramref name="startElementId"/> (a message or timer start:
    /// the host decides when it happened). The process scope's event sub-processes open before the first token moves.
    /// </summary>
    public StartedInstance Start(ProcessModel model, IReadOnlyDictionary<string, FeelValue> variables, string startElementId)
    {
        ExecutableElements.EnsureExecutable(model);
        var start = model.Nodes.OfType<StartEvent>().FirstOrDefault(s => s.Id == startElementId)
            ?? throw new ArgumentException($"'{startElementId}' is not a start event of process '{model.Id}'.", nameof(startElementId));
        var state = new ProcessInstanceState(_newId(), model);
        var run = NewExecution(state);
        run.Emit(new InstanceStarted(run.Now, state.Id, model.Id));
        foreach (var (name, value) in variables)
        {
            run.Set(state.Id, name, value);
        }

        run.OpenProcessEventSubProcesses();
        run.Enter(start, scopeId: null);
        run.Run();
        return new StartedInstance(state, run.Events);
    }

    /// <summary>
    /// A job or user task finished with <paramref name="variables"/>. With output mappings the variables are local to
    /// the task and the mappings decide what reaches the flow scope; without, each propagates (see <c>Propagate</c>).
    /// </summary>
    public IReadOnlyList<RuntimeEvent> CompleteWait(
        ProcessInstanceState state, Guid elementInstanceId, IReadOnlyDictionary<string, FeelValue> variables)
    {
        var element = state.FindElementInstance(elementInstanceId);
        var node = element is null ? null : state.Model.FindNode(element.ElementId);
        if (state.Status != InstanceStatus.Active || element is not { IsActive: true, IsMultiInstanceBody: false } || node is null || !JobsAndUserTasks.IsWait(node))
        {
            throw new InvalidOperationException($"Element instance {elementInstanceId} is not a waiting job or user task of an active instance.");
        }

        var run = NewExecution(state);
        run.CompleteWait(element, node, variables);
        run.Run();
        return run.Events;
    }

    /// <summary>Terminates every active element instance, innermost first, and the instance.</summary>
    public IReadOnlyList<RuntimeEvent> Cancel(ProcessInstanceState state)
    {
        if (state.Status != InstanceStatus.Active)
        {
            throw new InvalidOperationException($"Instance {state.Id} is already {state.Status}.");
        }

        var run = NewExecution(state);
        run.TerminateAll();
        return run.Events;
    }

    private Execution NewExecution(ProcessInstanceState state) => new(state, _expressions, _clock, _newId, _workingDays);
}

/// <summary>A started instance and the events of its first run.</summary>
public sealed record StartedInstance(ProcessInstanceState State, IReadOnlyList<RuntimeEvent> Events);
