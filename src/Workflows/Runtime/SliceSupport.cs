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
        StartEvent { Definition: not NoneEventDefinition } => "a start event with a trigger",
        StartEvent => null,
        EndEvent { Definition: NoneEventDefinition or TerminateEventDefinition, Job: null } => null,
        EndEvent => "an end event that throws",
        IntermediateThrowEvent { Definition: NoneEventDefinition, Job: null } => null,
        SubProcess { TriggeredByEvent: true } => "an event sub-process",
        SubProcess or JobTask or UserTask or PassThroughTask or CallActivity => null,
        Gateway { Kind: GatewayKind.EventBased } => "an event-based gateway",
        Gateway => null,
        _ => $"a {node.GetType().Name}",
    };

    public static int IncomingCount(ProcessModel model, string nodeId) => ModelGraph.Of(model).Incoming(nodeId).Count;
}
