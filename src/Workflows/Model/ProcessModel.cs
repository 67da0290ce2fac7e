namespace LaiChau.Workflows.Model;

/// <summary>One <c>bpmn:process</c>: its top-level graph, with a lookup over every node of every nested scope.</summary>
public sealed record ProcessModel : IFlowScope
{
    public required string Id { get; init; }

    public string? Name { get; init; }

    public bool IsExecutable { get; init; }

    public SourcePosition Position { get; init; } = SourcePosition.Unknown;

    public required IReadOnlyList<FlowNode> Nodes { get; init; }

    public required IReadOnlyList<SequenceFlow> Flows { get; init; }

    /// <summary>Every node of the process, sub-processes included; the first node wins when ids repeat (the validator reports that).</summary>
    public required IReadOnlyDictionary<string, FlowNode> NodesById { get; init; }

    /// <summary>Every sequence flow of the process, sub-processes included (first wins when ids repeat).</summary>
    public required IReadOnlyDictionary<string, SequenceFlow> FlowsById { get; init; }

    /// <summary>Flows leaving each node, in file order; built by the reader with the rest of the model.</summary>
    public required IReadOnlyDictionary<string, IReadOnlyList<SequenceFlow>> OutgoingByNode { get; init; }

    public FlowNode? FindNode(string id) => NodesById.GetValueOrDefault(id);

    public SequenceFlow? FindFlow(string id) => FlowsById.GetValueOrDefault(id);

    public IReadOnlyList<SequenceFlow> Outgoing(string nodeId) => OutgoingByNode.GetValueOrDefault(nodeId) ?? [];

    /// <summary>This scope and every nested sub-process, depth first.</summary>
    public IEnumerable<IFlowScope> Scopes()
    {
        var pending = new Stack<IFlowScope>([this]);
        while (pending.TryPop(out var scope))
        {
            yield return scope;
            foreach (var sub in scope.Nodes.OfType<SubProcess>().Reverse())
            {
                pending.Push(sub);
            }
        }
    }
}
