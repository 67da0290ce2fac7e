namespace LaiChau.Workflows.Runtime;

/// <summary>
/// An element the runtime cannot execute: a model node type it does not know. The runtime refuses the process
/// rather than run it wrongly (every element of docs/bpmn-subset.md is executed).
/// </summary>
public sealed class UnsupportedElementException(string elementId, string what)
    : Exception($"Element '{elementId}': {what} is not executed by the runtime.")
{
    public string ElementId { get; } = elementId;
}
