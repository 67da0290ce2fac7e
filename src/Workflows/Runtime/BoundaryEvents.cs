using LaiChau.Workflows.Feel;
using LaiChau.Workflows.Model;

namespace LaiChau.Workflows.Runtime;

/// <summary>
/// Boundary events (Camunda 8, "Boundary events"): their timer and message waits open when the host activity
/// activates (evaluated in the host's scope, after its input mappings) and close when it ends. Error and
/// escalation boundaries open nothing; <see cref="ErrorsAndEscalations"/> finds them when something is thrown.
/// A collaborator of the run behind <see cref="IAgenda"/>.
/// </summary>
internal sealed class BoundaryEvents(IAgenda agenda)
{
    /// <summary>Opens the timer and message waits of every boundary event attached to <paramref name="host"/>'s element.</summary>
    public void Open(ElementInstance host)
    {
        foreach (var boundary in ModelIndex.Of(agenda.State.Model).BoundariesOf(host.ElementId))
        {
            agenda.OpenCatch(host.Id, boundary, boundary.Definition, host.Id);
        }
    }

    /// <summary>
    /// Opens a multi-instance BODY's boundary events once its collection is known; never for the inner instances:
    /// Zeebe attaches boundary events to the body. Other activities open theirs with their own waits (<see cref="EventWaits"/>).
    /// </summary>
    /// <returns>False when opening them raised an incident (a timer or correlation key that does not evaluate).</returns>
    public bool OpenForBody(ElementInstance body) => agenda.Guarded(body, () => Open(body));

    /// <summary>
    /// Interrupting: the host is terminated (children first, its other waits closed), then the boundary event is
    /// activated in the host's flow scope. Non-interrupting: the boundary event runs beside the host.
    /// </summary>
    public void Fire(ElementInstance host, BoundaryEvent boundary, IReadOnlyDictionary<string, FeelValue> variables)
    {
        if (boundary.CancelActivity)
        {
            agenda.Terminate(host);
        }

        agenda.EnterTriggered(boundary, host.ScopeId, variables);
    }
}
