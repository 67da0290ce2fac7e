using LaiChau.Workflows.Model;

namespace LaiChau.Workflows.Runtime;

/// <summary>Checks, before anything runs, that every element of a process is one this slice executes.</summary>
internal static class SliceSupport
{
    public static void EnsureSupported(ProcessModel model)
    {
        foreach (var node in model.NodesById.Values)
        {
            if (Refusal(model, node) is { } what)
            {
                throw new NotSupportedInThisSliceException(node.Id, what);
            }
        }
    }

    private static string? Refusal(ProcessModel model, FlowNode node) => node switch
    {
        Activity { MultiInstance: not null } => "multi-instance",
        StartEvent or EndEvent or IntermediateCatchEvent or IntermediateThrowEvent or BoundaryEvent => null,
        SubProcess or JobTask or UserTask or PassThroughTask or ReceiveTask => null,
        Gateway { Kind: GatewayKind.Inclusive } when IncomingCount(model, node.Id) > 1 => "an inclusive join",
        Gateway => null,
        _ => $"a {node.GetType().Name}",
    };

    public static int IncomingCount(ProcessModel model, string nodeId) =>
        model.FlowsById.Values.Count(f => f.TargetId == nodeId);
}
