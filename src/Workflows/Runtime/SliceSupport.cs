using LaiChau.Workflows.Model;

namespace LaiChau.Workflows.Runtime;

/// <summary>Checks, before anything runs, that every element of a process is one this slice executes.</summary>
internal static class SliceSupport
{
    public static void EnsureSupported(ProcessModel model)
    {
        foreach (var node in model.NodesById.Values)
        {
            if (Refusal(node) is { } what)
            {
                throw new NotSupportedInThisSliceException(node.Id, what);
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

    public static int IncomingCount(ProcessModel model, string nodeId) => ModelGraph.Of(model).Incoming(nodeId).Count;
}
