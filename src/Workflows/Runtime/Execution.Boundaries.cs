using LaiChau.Workflows.Feel;
using LaiChau.Workflows.Model;

namespace LaiChau.Workflows.Runtime;

/// <summary>
/// Boundary events (Camunda 8, "Boundary events"): their timer and message waits open when the host activity
/// activates (evaluated in the host's scope, after its input mappings) and close when it ends. Error and
/// escalation boundaries open nothing; they are found when something is thrown.
/// </summary>
internal sealed partial class Execution
{
    /// <summary>Opens the timer and message waits of every boundary event attached to <paramref name="host"/>'s element.</summary>
    public void OpenBoundaryEvents(ElementInstance host)
    {
        foreach (var boundary in ModelIndex.Of(Model).BoundariesOf(host.ElementId))
        {
            OpenCatch(host.Id, boundary, boundary.Definition, host.Id);
        }
    }

    /// <summary>
    /// Interrupting: the host is terminated (children first, its other waits closed), then the boundary event is
    /// activated in the host's flow scope. Non-interrupting: the boundary event runs beside the host.
    /// </summary>
    private void FireBoundary(ElementInstance host, BoundaryEvent boundary, IReadOnlyDictionary<string, FeelValue> variables)
    {
        if (boundary.CancelActivity)
        {
            Terminate(host);
        }

        EnterTriggered(boundary, host.ScopeId, variables);
    }

    /// <summary>
    /// Opens a multi-instance BODY's boundary events once its collection is known; never for the inner instances:
    /// Zeebe attaches boundary events to the body. Other activities open theirs in <c>OpenSubscriptionsAtActivation</c>.
    /// </summary>
    /// <returns>False when opening them raised an incident (a timer or correlation key that does not evaluate).</returns>
    private bool OnActivityActivated(ElementInstance host) => Guarded(host, () => OpenBoundaryEvents(host));
}
