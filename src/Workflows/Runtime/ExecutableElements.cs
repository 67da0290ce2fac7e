using LaiChau.Workflows.Model;

namespace LaiChau.Workflows.Runtime;

/// <summary>Checks, before anything runs (a start, a migration's target), that the runtime executes every element of a process.</summary>
internal static class ExecutableElements
{
    public static void EnsureExecutable(ProcessModel model)
    {
        foreach (var node in model.NodesById.Values)
        {
            if (Refusal(node) is { } what)
            {
                throw new UnsupportedElementException(node.Id, what);
            }
        }
    }

    private static string? Refusal(FlowNode node) => node switch
    {
        StartEvent or EndEvent or IntermediateCatchEvent or IntermediateThrowEvent or BoundaryEvent => null,
        SubProcess or JobTask or UserTask or PassThroughTask or ReceiveTask or CallActivity => null,
        Gateway => null,
        _ => $"a {node.GetType().Name}",
    };
}
