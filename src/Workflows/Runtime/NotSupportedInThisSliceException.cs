namespace LaiChau.Workflows.Runtime;

/// <summary>
/// An element the runtime cannot execute yet (timers, messages, boundary events, event sub-processes, event-based
/// gateways, throwing events). Not yet, deliberately: the runtime refuses
/// the process rather than run it wrongly. Later slices of issue 4 shrink this list.
/// </summary>
public sealed class NotSupportedInThisSliceException(string elementId, string what)
    : Exception($"Element '{elementId}': {what} is not supported by this runtime slice yet.")
{
    public string ElementId { get; } = elementId;
}
