namespace LaiChau.Workflows.Runtime;

/// <summary>Terminating tokens: a terminate end event's scope, or the whole instance on cancel.</summary>
internal sealed partial class Execution
{
    public void TerminateAll()
    {
        foreach (var element in _state.ActiveElementInstances.Where(e => e.ScopeId is null).ToList())
        {
            Terminate(element);
        }

        CloseSubscriptions(_state.Id);
        _state.Status = InstanceStatus.Terminated;
        _events.Add(new InstanceTerminated(Now, _state.Id));
    }

    /// <summary>A terminate end event ends every other token of its own scope (and what runs inside them).</summary>
    private void TerminateScopeExcept(ElementInstance end)
    {
        foreach (var element in _state.ActiveElementInstances.Where(e => e.ScopeId == end.ScopeId && e != end).ToList())
        {
            Terminate(element);
        }
    }

    /// <summary>Children first, so the journal reads inside-out as in Zeebe.</summary>
    private void Terminate(ElementInstance element)
    {
        foreach (var child in _state.ActiveElementInstances.Where(e => e.ScopeId == element.Id).ToList())
        {
            Terminate(child);
        }

        CloseSubscriptions(element.Id);
        DropIncident(element);
        element.State = ElementInstanceState.Terminated;
        _state.DropScope(element.Id);
        _events.Add(new ElementTerminated(Now, element.Id, element.ElementId));
    }
}
