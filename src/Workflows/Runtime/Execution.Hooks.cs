namespace LaiChau.Workflows.Runtime;

/// <summary>Where multi-instance and boundary events meet.</summary>
internal sealed partial class Execution
{
    /// <summary>
    /// Opens a multi-instance BODY's boundary events once its collection is known; never for the inner instances:
    /// Zeebe attaches boundary events to the body. Other activities open theirs in <c>OpenSubscriptionsAtActivation</c>.
    /// </summary>
    /// <returns>False when opening them raised an incident (a timer or correlation key that does not evaluate).</returns>
    private bool OnActivityActivated(ElementInstance host) => Guarded(host, () => OpenBoundaryEvents(host));
}
