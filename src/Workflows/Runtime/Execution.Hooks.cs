namespace LaiChau.Workflows.Runtime;

/// <summary>Hooks shared by features that are built in separate branches.</summary>
internal sealed partial class Execution
{
    /// <summary>
    /// Called once when an activity is activated (after its input mappings), and for a multi-instance activity for
    /// its BODY only, never for the inner instances: Zeebe attaches boundary events to the body. The single call
    /// site for opening boundary events (<c>OpenBoundaryEvents(host)</c>).
    /// </summary>
    private void OnActivityActivated(ElementInstance host)
    {
        _ = host;
    }
}
