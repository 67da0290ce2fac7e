using LaiChau.Workflows.Feel;
using LaiChau.Workflows.Model;

namespace LaiChau.Workflows.Runtime;

/// <summary>
/// Errors and escalations (Camunda 8, "Error events", "Escalation events"): the nearest catcher wins, looking
/// outwards from the thrower — boundary events of each enclosing activity, and the error/escalation starts of the
/// event sub-processes of each enclosing scope (a scope's event sub-processes before its own boundary events).
/// At one level a catcher with the thrown code wins over a catch-all one (no code). A collaborator of the run
/// behind <see cref="IAgenda"/>; what it catches goes to a boundary event or to <see cref="EventSubProcesses"/>.
/// </summary>
internal sealed class ErrorsAndEscalations(IAgenda agenda, EventSubProcesses eventSubProcesses, BoundaryEvents boundaries)
{
    private ProcessInstanceState State => agenda.State;

    private ProcessModel Model => agenda.State.Model;

    /// <summary>A found catcher: a boundary event of <c>Host</c>, or an event sub-process start of scope <c>ScopeKey</c>.</summary>
    private sealed record Catcher(ElementInstance? Host, BoundaryEvent? Boundary, Guid ScopeKey, StartEvent? Start);

    /// <summary>An uncaught error raises an incident on the thrower and its token stays (Zeebe).</summary>
    public void ThrowError(ElementInstance thrower, string? code, string? message, IReadOnlyDictionary<string, FeelValue> variables, bool byJob)
    {
        agenda.Emit(new ErrorThrown(agenda.Now, thrower.Id, code, message));
        if (FindCatcher(thrower, d => d is ErrorEventDefinition e ? (true, e.ErrorCode) : (false, null), code) is { } catcher)
        {
            Catch(catcher, variables);
            return;
        }

        agenda.RaiseIncident(
            thrower,
            $"Error '{code}'{(message is null ? "" : $" ({message})")} thrown by '{thrower.ElementId}' is not caught.",
            byJob ? IncidentStep.JobError : IncidentStep.Activation);
    }

    /// <summary>True when the thrower may go on: the escalation was not caught, or caught without interrupting it (Zeebe).</summary>
    public bool ThrowEscalation(ElementInstance thrower, string? code)
    {
        agenda.Emit(new EscalationThrown(agenda.Now, thrower.Id, code));
        if (FindCatcher(thrower, d => d is EscalationEventDefinition e ? (true, e.EscalationCode) : (false, null), code) is { } catcher)
        {
            Catch(catcher, FiredEvents.NoVariables);
        }

        return thrower.IsActive;
    }

    private void Catch(Catcher catcher, IReadOnlyDictionary<string, FeelValue> variables)
    {
        if (catcher.Boundary is { } boundary)
        {
            boundaries.Fire(catcher.Host!, boundary, variables);
        }
        else
        {
            eventSubProcesses.Trigger(catcher.ScopeKey, (SubProcess)ModelIndex.Of(Model).ScopeOf(catcher.Start!.Id), catcher.Start, variables);
        }
    }

    private Catcher? FindCatcher(ElementInstance thrower, Func<EventDefinition, (bool Kind, string? Code)> read, string? code)
    {
        var index = ModelIndex.Of(Model);
        var skipEventSubProcesses = false;
        for (var current = thrower; ; current = State.FindElementInstance(current.ScopeId!.Value)!)
        {
            var node = Model.FindNode(current.ElementId)!;
            if (current != thrower && node is SubProcess sub && !skipEventSubProcesses
                && Best(ModelIndex.EventSubProcessesOf(sub).Select(ModelIndex.StartOf), s => s.Definition, read, code) is { } start)
            {
                return new Catcher(null, null, current.Id, start);
            }

            if (Best(index.BoundariesOf(current.ElementId), b => b.Definition, read, code) is { } boundary)
            {
                return new Catcher(current, boundary, current.Id, null);
            }

            // What an event sub-process throws goes past its sibling event sub-processes, so it cannot restart itself.
            skipEventSubProcesses = node is SubProcess { TriggeredByEvent: true };
            if (current.ScopeId is null)
            {
                break;
            }
        }

        return skipEventSubProcesses
            ? null
            : Best(ModelIndex.EventSubProcessesOf(Model).Select(ModelIndex.StartOf), s => s.Definition, read, code) is { } processStart
                ? new Catcher(null, null, State.Id, processStart)
                : null;
    }

    private static T? Best<T>(IEnumerable<T> candidates, Func<T, EventDefinition> definition, Func<EventDefinition, (bool Kind, string? Code)> read, string? code)
        where T : class
    {
        T? catchAll = null;
        foreach (var candidate in candidates)
        {
            var (kind, caught) = read(definition(candidate));
            if (kind && caught is not null && caught == code)
            {
                return candidate;
            }

            catchAll ??= kind && caught is null ? candidate : null;
        }

        return catchAll;
    }
}
